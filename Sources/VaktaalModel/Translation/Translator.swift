/// Translates a term from one scheme into the concepts of another: it finds the term, then follows
/// mappings (in either direction) through other schemes, such as the shared hub, up to a bounded
/// number of hops, composing relations by ``MatchComposition``. Where a concept's own mappings
/// lead nowhere, its broader concept may stand in (a `broader-concept` step, read as broadMatch),
/// and a path may descend to narrower concepts (read as narrowMatch).
public struct Translator: Sendable {
    /// The most mapping steps a path may take.
    public var maximumHops = 4
    let vocabulary: Vocabulary
    let index: LookupIndex
    let hierarchy: HierarchyIndex
    let edges: [String: [TranslationStep]]
    let schemeOf: [String: Set<String>]

    /// Prepares translation over a vocabulary and its lookup index.
    public init(vocabulary: Vocabulary, index: LookupIndex) {
        self.vocabulary = vocabulary
        self.index = index
        hierarchy = HierarchyIndex(vocabulary)
        var edges: [String: [TranslationStep]] = [:]
        for mapping in vocabulary.mappings {
            let forward = TranslationStep(from: mapping.subject, to: mapping.object, type: mapping.type, via: .mapping,
                                          confidence: mapping.confidence, justification: mapping.justification, mappingSet: mapping.mappingSet)
            var inverse = forward
            (inverse.from, inverse.to, inverse.type, inverse.via) = (mapping.object, mapping.subject, mapping.type.inverse, .inverseMapping)
            edges[mapping.subject, default: []].append(forward)
            edges[mapping.object, default: []].append(inverse)
        }
        for (child, parents) in hierarchy.broader {
            for parent in parents {
                edges[child, default: []].append(TranslationStep(from: child, to: parent, type: .broad, via: .broaderConcept,
                                                                 confidence: Translator.hierarchyConfidence))
                edges[parent, default: []].append(TranslationStep(from: parent, to: child, type: .narrow, via: .narrowerConcept,
                                                                  confidence: Translator.hierarchyConfidence))
            }
        }
        self.edges = edges
        var schemeOf: [String: Set<String>] = [:]
        for concept in vocabulary.concepts { schemeOf[concept.iri] = Set(vocabulary.schemes(of: concept)) }
        self.schemeOf = schemeOf
    }

    /// Translates a term.
    /// - Parameters:
    ///   - term: The term as the user has it.
    ///   - target: The scheme to translate into.
    ///   - source: The scheme the term is from; everywhere but the target when nil.
    ///   - limit: The most translations to return.
    public func translate(_ term: String, to target: String, from source: String? = nil, limit: Int = 10) -> [Translation] {
        let sourceSchemes = source.map { Set([$0]) } ?? Set(vocabulary.schemes.map(\.iri)).subtracting([target])
        let found = index.lookup(term, schemes: sourceSchemes, limit: 5)
        guard let strongest = found.first?.kind else { return [] }
        var best: [String: Translation] = [:]
        for match in found where match.kind == strongest || match.kind <= .wordOrder {
            for translation in paths(from: match, to: target) {
                if let current = best[translation.target], !Self.isBetter(translation, than: current) { continue }
                best[translation.target] = translation
            }
        }
        return best.values.sorted { Self.isBetter($0, than: $1) }.prefix(limit).map { $0 }
    }

    /// The confidence of a step up or down the hierarchy.
    static let hierarchyConfidence = 0.85

    /// Ranking tiers: exact, close, broad and narrow alike (both partial), related, then siblings.
    static func rank(_ type: MatchType?) -> Int {
        switch type {
        case .exact: 0
        case .close: 1
        case .broad, .narrow: 2
        case .related: 3
        case nil: 4
        }
    }

    static func isBetter(_ lhs: Translation, than rhs: Translation) -> Bool {
        if rank(lhs.type) != rank(rhs.type) { return rank(lhs.type) < rank(rhs.type) }
        if lhs.confidence != rhs.confidence { return lhs.confidence > rhs.confidence }
        if lhs.steps.count != rhs.steps.count { return lhs.steps.count < rhs.steps.count }
        return lhs.target < rhs.target
    }
}
