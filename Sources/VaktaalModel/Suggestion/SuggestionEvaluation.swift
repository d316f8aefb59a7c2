/// How well ``MappingSuggester`` finds curated mappings it has not seen: every mapping between
/// two schemes is taken away, candidates are suggested for every source concept, and the
/// curated targets are looked for among them.
public struct SuggestionEvaluation: Sendable, Codable, Equatable {
    /// The source and target schemes (IRIs or namespace).
    public var source: String
    public var target: String
    /// Source concepts with at least one curated target.
    public var concepts: Int
    /// Concepts whose first candidate is a curated target, and whose first five hold one.
    public var hitsAt1: Int
    public var hitsAt5: Int
    /// Curated (subject, object) pairs, and those found at rank 1 and within the first five.
    public var pairs: Int
    public var pairsAt1: Int
    public var pairsAt5: Int
    /// Of the curated pairs found within the first five: how many got the curated relation, and
    /// the same for those found at rank 1.
    public var typeAgreements: Int
    public var typeAgreementsAt1: Int
    /// For the curated pairs found at rank 1: how often each curated relation (row) was proposed
    /// as each relation, keyed `curated→proposed`.
    public var confusionAt1: [String: Int] = [:]

    /// recall@1: the share of concepts whose first candidate is curated.
    public var recallAt1: Double { concepts > 0 ? Double(hitsAt1) / Double(concepts) : 0 }
    /// recall@5: the share of concepts with a curated target among the first five.
    public var recallAt5: Double { concepts > 0 ? Double(hitsAt5) / Double(concepts) : 0 }
    /// The share of curated pairs found within the first five.
    public var pairRecallAt5: Double { pairs > 0 ? Double(pairsAt5) / Double(pairs) : 0 }
    /// The share of found pairs (first five) whose proposed relation is the curated one.
    public var typePrecision: Double { pairsAt5 > 0 ? Double(typeAgreements) / Double(pairsAt5) : 0 }
    /// The same for pairs found at rank 1.
    public var typePrecisionAt1: Double { pairsAt1 > 0 ? Double(typeAgreementsAt1) / Double(pairsAt1) : 0 }

    /// The curated mappings between two schemes, read from source to target, by source concept.
    public static func curated(in vocabulary: Vocabulary, from source: String, to target: String) -> [String: [String: MatchType]] {
        let suggester = Membership(vocabulary)
        var result: [String: [String: MatchType]] = [:]
        for mapping in vocabulary.mappings {
            if suggester.isIn(mapping.subject, source), suggester.isIn(mapping.object, target) {
                result[mapping.subject, default: [:]][mapping.object] = mapping.type
            } else if suggester.isIn(mapping.subject, target), suggester.isIn(mapping.object, source) {
                result[mapping.object, default: [:]][mapping.subject] = mapping.type.inverse
            }
        }
        return result
    }

    /// The vocabulary without any mapping between the two schemes.
    public static func leavingOut(_ vocabulary: Vocabulary, from source: String, to target: String) -> Vocabulary {
        let membership = Membership(vocabulary)
        var result = vocabulary
        result.mappings.removeAll { mapping in
            (membership.isIn(mapping.subject, source) && membership.isIn(mapping.object, target))
                || (membership.isIn(mapping.subject, target) && membership.isIn(mapping.object, source))
        }
        return result
    }

    /// Scores suggestions against curated mappings (``curated(in:from:to:)``).
    public init(source: String, target: String, curated: [String: [String: MatchType]], suggestions: [MappingSuggestion]) {
        self.source = source
        self.target = target
        let bySubject = Dictionary(grouping: suggestions, by: \.subject)
        (concepts, hitsAt1, hitsAt5, pairs, pairsAt1, pairsAt5, typeAgreements, typeAgreementsAt1) = (0, 0, 0, 0, 0, 0, 0, 0)
        for (subject, targets) in curated {
            let ranked = (bySubject[subject] ?? []).sorted { $0.rank < $1.rank }.prefix(5)
            concepts += 1
            pairs += targets.count
            if let first = ranked.first, targets[first.object] != nil { hitsAt1 += 1 }
            if ranked.contains(where: { targets[$0.object] != nil }) { hitsAt5 += 1 }
            for suggestion in ranked {
                guard let type = targets[suggestion.object] else { continue }
                pairsAt5 += 1
                if suggestion.type == type { typeAgreements += 1 }
                if suggestion.rank == 1 {
                    pairsAt1 += 1
                    if suggestion.type == type { typeAgreementsAt1 += 1 }
                    confusionAt1["\(type.rawValue)→\(suggestion.type.rawValue)", default: 0] += 1
                }
            }
        }
    }

    /// Which scheme a concept is in; a target that is no loaded scheme is a namespace.
    struct Membership {
        let schemeOf: [String: Set<String>]
        let schemes: Set<String>

        init(_ vocabulary: Vocabulary) {
            var schemeOf: [String: Set<String>] = [:]
            for concept in vocabulary.concepts { schemeOf[concept.iri] = Set(vocabulary.schemes(of: concept)) }
            self.schemeOf = schemeOf
            schemes = Set(vocabulary.schemes.map(\.iri))
        }

        func isIn(_ iri: String, _ scheme: String) -> Bool {
            schemes.contains(scheme) ? schemeOf[iri]?.contains(scheme) == true : iri.hasPrefix(scheme)
        }
    }
}
