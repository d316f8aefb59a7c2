/// Translates a training need from one scheme into the concepts of another.
///
/// The need (a term or a whole sentence, typos and all) is matched against the labels and
/// definitions of the source scheme (``NeedIndex``); from each concept found, mappings are
/// followed in either direction through other schemes, such as the shared hub, up to a bounded
/// number of hops, composing relations by ``MatchComposition``. Where a concept's own mappings
/// lead nowhere, its broader concept may stand in (a `broader-concept` step, read as broadMatch),
/// and a path may descend to narrower concepts (read as narrowMatch). Each target concept is also
/// matched against the need directly, and the two kinds of evidence are combined into one
/// relevance by which results are ranked. Target concepts reached only through a shared broader
/// concept, a shared ESCO skill, or by their words alone are offered as nearest answers, never
/// with a match type.
public struct Translator: Sendable {
    /// The most mapping steps a path may take.
    public var maximumHops = 4
    let vocabulary: Vocabulary
    let needs: NeedIndex
    let hierarchy: HierarchyIndex
    let edges: [String: [TranslationStep]]
    let schemeOf: [String: Set<String>]
    /// Every scheme's number, and per concept of the need index the numbers of its schemes.
    let schemeNumbers: [String: Int32]
    let needSchemes: [[Int32]]

    /// Prepares translation over a vocabulary, before 2026.2 with its lookup index. Needs are now
    /// matched by their own index (``NeedIndex``), so the lookup index is not used.
    @available(*, deprecated, message: "the lookup index is no longer used; call init(vocabulary:language:)")
    public init(vocabulary: Vocabulary, index: LookupIndex, language: String = "nl") {
        self.init(vocabulary: vocabulary, language: language)
    }

    /// Prepares translation over a vocabulary; needs are matched against labels, scope notes and
    /// definitions in `language`.
    public init(vocabulary: Vocabulary, language: String = "nl") {
        self.vocabulary = vocabulary
        needs = NeedIndex(vocabulary, language: language)
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
        // Schemes that concepts name without the scheme being described count too.
        var schemeNumbers: [String: Int32] = [:]
        for iri in vocabulary.schemes.map(\.iri) + schemeOf.values.flatMap({ $0 }).sorted() where schemeNumbers[iri] == nil {
            schemeNumbers[iri] = Int32(schemeNumbers.count)
        }
        self.schemeNumbers = schemeNumbers
        needSchemes = needs.conceptIRIs.map { iri in (schemeOf[iri] ?? []).compactMap { schemeNumbers[$0] } }
    }

    /// Translates a need: the most relevant concepts of the target scheme, counterparts and
    /// nearest answers alike, best first.
    /// - Parameters:
    ///   - term: The need as the user has it: a term or a sentence.
    ///   - target: The scheme to translate into: its IRI, its short name (`metaal`, `hub`), its
    ///     name, `esco`, or a namespace of concepts that are not loaded (see ``SchemeName``).
    ///   - source: The scheme the need is phrased in, named the same ways; everywhere but the
    ///     target when nil.
    ///   - limit: The most translations to return.
    /// - Throws: ``TranslationError`` when a name names no scheme (or several), or both name one.
    public func translate(_ term: String, to target: String, from source: String? = nil,
                          limit: Int = 10) throws(TranslationError) -> [Translation] {
        let target = try resolve(target)
        let source = try source.map { name throws(TranslationError) in try resolve(name) }
        guard source != target else { throw .sameScheme(target) }
        return translations(of: term, to: target, from: source, limit: limit)
    }

    private func resolve(_ name: String) throws(TranslationError) -> String {
        do { return try vocabulary.resolveScheme(name) } catch { throw .unknownScheme(error) }
    }

    /// ``translate(_:to:from:limit:)`` with both schemes resolved.
    func translations(of term: String, to target: String, from source: String?, limit: Int) -> [Translation] {
        let need = needs.prepare(NeedQuery(term))
        let inTarget = targetTest(target)
        let sources = sourceMatches(need, inTarget: inTarget, from: source)
        let fits = Dictionary(needs.search(need, accept: inTarget, limit: 40, minimumScore: 0.15)
            .map { ($0.concept, $0) }, uniquingKeysWith: { first, _ in first })
        var best: [String: Translation] = [:]
        func offer(_ translation: Translation) {
            if let current = best[translation.target], !Self.isBetter(translation, than: current) { return }
            best[translation.target] = translation
        }
        for match in sources {
            for path in paths(from: match.concept, to: target) {
                offer(translation(match, path, fit: fits[path.target]))
            }
        }
        for fit in fits.values where best[fit.target] == nil {
            offer(lexical(fit))
        }
        return best.values.sorted { Self.isBetter($0, than: $1) }.prefix(limit).map { $0 }
    }

    /// The source concepts the need may mean: the best matches, and those nearly as good.
    func sourceMatches(_ need: NeedIndex.PreparedNeed, inTarget: @escaping (Int32) -> Bool, from source: String?) -> [NeedMatch] {
        var found = needs.search(need, accept: { !inTarget($0) }, limit: 12, minimumScore: 0.2)
        if let source {
            for index in found.indices where schemeOf[found[index].concept]?.contains(source) != true {
                found[index].score *= Self.otherSchemeFactor
            }
            found.sort { ($0.score, $1.concept) > ($1.score, $0.concept) }
        }
        guard let top = found.first?.score else { return [] }
        return found.prefix(8).filter { $0.score >= 0.55 * top }
    }

    /// Whether a concept of the need index belongs to the target (see ``isInTarget(_:_:)``),
    /// by number: a loaded scheme is compared by its number, not by IRI strings.
    func targetTest(_ target: String) -> (Int32) -> Bool {
        if let scheme = schemeNumbers[target] {
            return { [needSchemes] concept in needSchemes[Int(concept)].contains(scheme) }
        }
        return { [needs] concept in needs.conceptIRIs[Int(concept)].hasPrefix(target) }
    }

    /// A target reached by a path from a source concept.
    func translation(_ match: NeedMatch, _ path: PathResult, fit: NeedMatch?) -> Translation {
        let pathEvidence = match.score * path.confidence
        var type = path.type.flatMap { pathType in match.relation.flatMap { MatchComposition.compose($0, pathType) } }
        var basis = Translation.Basis.mapping
        if let shared = path.shared { basis = schemeOf[shared] == nil && shared.contains("/esco/") ? .sharedESCO : .family }
        if path.steps.filter({ $0.type == .broad }).count >= 2 {
            basis = .broaderField
            type = nil
        }
        return Translation(source: lookupMatch(match), need: match, target: path.target, type: type, pathType: path.type,
                           basis: basis, sharedConcept: path.shared, confidence: Self.rounded(pathEvidence),
                           relevance: Self.rounded(Self.combine(pathEvidence, fit?.score ?? 0)), targetFit: fit,
                           steps: path.steps)
    }

    /// A target found by its own words only.
    func lexical(_ fit: NeedMatch) -> Translation {
        Translation(source: lookupMatch(fit), need: fit, target: fit.concept, type: nil, pathType: nil, basis: .lexical,
                    sharedConcept: nil, confidence: 0, relevance: Self.rounded(Self.combine(0, fit.score)), targetFit: fit,
                    steps: [])
    }

    /// One relevance from the path's evidence and the target's own fit: either may carry it, and
    /// both together count more than either (a noisy-or, the direct fit weighted by
    /// ``directFitWeight``).
    static func combine(_ pathEvidence: Double, _ fit: Double) -> Double {
        1 - (1 - pathEvidence) * (1 - directFitWeight * fit)
    }

    /// How much a source concept counts when it is not in the scheme the need is phrased in (the
    /// hub or a third branch may name the need in the words the advisor heard).
    static let otherSchemeFactor = 0.5

    /// How much a target's own words count beside the path's evidence.
    static let directFitWeight = 0.6

    /// The confidence of a step up or down the hierarchy.
    static let hierarchyConfidence = 0.85

    package static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    /// A need match in the shape of a lookup match.
    func lookupMatch(_ match: NeedMatch) -> LookupMatch {
        let kind: MatchKind
        switch (match.needCoverage, match.labelCoverage) {
        case (0.999..., 0.999...) where match.score >= 0.999:
            kind = match.labelKind == "prefLabel" || match.labelKind == "notation" ? .exactPreferred : .exactAlternative
        case (0.8..., 0.8...): kind = .fuzzy
        default: kind = .partial
        }
        return LookupMatch(concept: match.concept, label: match.label, language: match.language, labelKind: match.labelKind,
                           kind: kind, score: Self.rounded(match.score))
    }

    /// Ranking: relevance, then counterparts before nearest answers, then the stronger relation,
    /// then the shorter path.
    static func isBetter(_ lhs: Translation, than rhs: Translation) -> Bool {
        if lhs.relevance != rhs.relevance { return lhs.relevance > rhs.relevance }
        if lhs.isCounterpart != rhs.isCounterpart { return lhs.isCounterpart }
        if rank(lhs.type) != rank(rhs.type) { return rank(lhs.type) < rank(rhs.type) }
        if lhs.steps.count != rhs.steps.count { return lhs.steps.count < rhs.steps.count }
        return lhs.target < rhs.target
    }

    /// Relation tiers: exact, close, broad and narrow alike (both partial), related, then none.
    static func rank(_ type: MatchType?) -> Int {
        switch type {
        case .exact: 0
        case .close: 1
        case .broad, .narrow: 2
        case .related: 3
        case nil: 4
        }
    }
}

extension NeedMatch {
    var target: String { concept }
}
