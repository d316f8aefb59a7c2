/// One call of ``MappingSuggester/suggestions(from:to:options:)``: gathers evidence per source
/// concept, adds the hierarchy's support once every concept has its candidates, then ranks.
struct SuggestionRun {
    let suggester: MappingSuggester
    let source: String
    let target: String
    let options: MappingSuggester.Options
    /// One language's labels and definitions: the index, which of its concepts are targets, and
    /// the definitions compared.
    struct Side {
        let language: String
        let index: NeedIndex
        let targets: [Bool]
        let definitions: DefinitionSimilarity
    }

    /// The language compared first, and the second one; when the target has no labels in the
    /// first language (ESCO's download is English), the second language is compared first and
    /// there is no second.
    let first: Side
    let second: Side?
    /// Per concept number of the primary index, whether it is a third-scheme concept mapped to or
    /// from a target concept, and those mappings read from it towards the target.
    let bridges: [Bool]
    let bridgeEdges: [String: [(target: String, type: MatchType, confidence: Double)]]
    /// ESCO skill → the target concepts mapped to it, with the relation read from the skill.
    let escoEdges: [String: [(target: String, type: MatchType, confidence: Double)]]

    init(suggester: MappingSuggester, source: String, target: String, options: MappingSuggester.Options) {
        self.suggester = suggester
        self.source = source
        self.target = target
        self.options = options
        let primary = Side(language: suggester.language, index: suggester.primary,
                           targets: suggester.primary.conceptIRIs.map { suggester.isProposable($0, in: target) }, definitions: suggester.definitions)
        let secondary = Side(language: suggester.secondLanguage, index: suggester.secondary,
                             targets: suggester.secondary.conceptIRIs.map { suggester.isProposable($0, in: target) },
                             definitions: suggester.secondDefinitions)
        let language = suggester.language
        let targetSpeaksPrimary = suggester.vocabulary.concepts.contains { concept in
            suggester.isProposable(concept.iri, in: target) && concept.allLabels(.preferred).contains { $0.language == language }
        }
        (first, second) = targetSpeaksPrimary ? (primary, secondary) : (secondary, nil)
        var edges: [String: [(target: String, type: MatchType, confidence: Double)]] = [:]
        var esco: [String: [(target: String, type: MatchType, confidence: Double)]] = [:]
        for mapping in suggester.vocabulary.mappings {
            let confidence = mapping.confidence ?? MatchComposition.defaultConfidence
            let subjectIn = suggester.isInTarget(mapping.subject, target), objectIn = suggester.isInTarget(mapping.object, target)
            guard subjectIn != objectIn else { continue }
            let (other, inTarget, type) = subjectIn ? (mapping.object, mapping.subject, mapping.type.inverse)
                                                   : (mapping.subject, mapping.object, mapping.type)
            if other.hasPrefix(SchemeName.escoSkills) {
                esco[other, default: []].append((inTarget, type, confidence))
            } else if suggester.schemeOf[other]?.contains(source) != true {
                edges[other, default: []].append((inTarget, type, confidence))
            }
        }
        bridgeEdges = edges
        escoEdges = esco
        bridges = suggester.primary.conceptIRIs.map { edges[$0] != nil }
    }

    mutating func suggestions() -> [MappingSuggestion] {
        let concepts = suggester.sourceConcepts(source, target: target, includeMapped: options.includeMapped)
        var candidates: [String: [String: SuggestionCandidate]] = [:]
        for concept in concepts { candidates[concept.iri] = gather(concept) }
        if options.signals.contains(.hierarchy) { addHierarchy(&candidates, concepts: concepts) }
        var result: [MappingSuggestion] = []
        for concept in concepts {
            result += ranked(concept, candidates[concept.iri] ?? [:])
        }
        return result
    }

    // MARK: Evidence per source concept

    /// The source's labels in one language with their weight: preferred 1, alternative 0.95,
    /// hidden 0.9.
    func queries(_ concept: Concept, language: String) -> [(text: String, kind: String, weight: Double)] {
        var result: [(String, String, Double)] = []
        for (kind, weight) in [(LabelKind.preferred, 1.0), (.alternative, 0.95), (.hidden, 0.9)] {
            for label in concept.allLabels(kind) where label.language == language {
                result.append((label.value, kind.rawValue, weight))
            }
        }
        return result
    }

    func gather(_ concept: Concept) -> [String: SuggestionCandidate] {
        var found: [String: SuggestionCandidate] = [:]
        let signals = options.signals
        let labels = queries(concept, language: first.language)
        if signals.contains(.labels) { matchLabels(labels, in: first.index, targets: first.targets, into: &found, second: false) }
        if let second, signals.contains(.secondLanguage) {
            matchLabels(queries(concept, language: second.language), in: second.index, targets: second.targets, into: &found, second: true)
        }
        let english = queries(concept, language: suggester.secondLanguage)
        if signals.contains(.definitions) { matchDefinition(concept, into: &found) }
        if signals.contains(.otherSchemes) { matchThroughBridges(queries(concept, language: suggester.language), into: &found) }
        if signals.contains(.sharedESCO), !target.hasPrefix(SchemeName.escoSkills) { matchThroughESCO(english, into: &found) }
        for key in found.keys {
            found[key]!.definitionSimilarity = first.definitions.similarity(concept.iri, key)
            if signals.contains(.definitions), let similarity = found[key]!.definitionSimilarity {
                found[key]!.definitions = max(found[key]!.definitions, similarity)
            }
        }
        return found
    }

    func matchLabels(_ labels: [(text: String, kind: String, weight: Double)], in index: NeedIndex, targets: [Bool],
                     into found: inout [String: SuggestionCandidate], second: Bool) {
        for label in labels {
            let need = index.prepare(NeedQuery(label.text))
            for match in index.search(need, accept: { targets[Int($0)] }, limit: 15, minimumScore: 0.15) {
                let score = match.score * label.weight
                var candidate = found[match.concept] ?? SuggestionCandidate(target: match.concept)
                if second {
                    if score > candidate.secondLanguage { (candidate.secondLanguage, candidate.secondMatch, candidate.secondQuery) = (score, match, label.text) }
                } else if score > candidate.labels {
                    (candidate.labels, candidate.labelMatch, candidate.labelQuery) = (score, match, label.text)
                }
                found[match.concept] = candidate
            }
        }
    }

    func matchDefinition(_ concept: Concept, into found: inout [String: SuggestionCandidate]) {
        let notes = concept.notes(.definition)
        guard let text = (notes.first { $0.language == first.language } ?? notes.first)?.value else { return }
        let index = first.index
        let prepared = index.prepare(NeedQuery(text))
        let need = options.weights.definitionParts ? prepared : prepared.whole
        for match in index.search(need, accept: { [targets = first.targets] in targets[Int($0)] }, limit: 15, minimumScore: 0.1) {
            found[match.concept, default: SuggestionCandidate(target: match.concept)].definitions =
                max(found[match.concept]?.definitions ?? 0, options.weights.definitionQuery * match.score)
        }
    }

    /// Third-scheme concepts (another branch) whose labels match the source's: their mappings to
    /// the target are evidence, the relations composed.
    func matchThroughBridges(_ labels: [(text: String, kind: String, weight: Double)], into found: inout [String: SuggestionCandidate]) {
        let index = suggester.primary
        var best: [String: (fit: Double, match: NeedMatch)] = [:]
        for label in labels {
            let need = index.prepare(NeedQuery(label.text))
            for match in index.search(need, accept: { [bridges] in bridges[Int($0)] }, limit: 8, minimumScore: 0.3) {
                let fit = match.score * label.weight
                if fit > best[match.concept]?.fit ?? 0 { best[match.concept] = (fit, match) }
            }
        }
        for (bridge, (fit, match)) in best {
            for edge in bridgeEdges[bridge] ?? [] {
                let value = fit * edge.confidence * MatchComposition.decay(edge.type)
                var candidate = found[edge.target] ?? SuggestionCandidate(target: edge.target)
                if value > candidate.otherSchemes {
                    candidate.otherSchemes = value
                    candidate.bridge = (bridge, fit, match.relation.flatMap { MatchComposition.compose($0, edge.type) }, edge.type)
                }
                found[edge.target] = candidate
            }
        }
    }

    /// ESCO skills whose labels match the source's second-language labels, and the target
    /// concepts mapped to them.
    func matchThroughESCO(_ labels: [(text: String, kind: String, weight: Double)], into found: inout [String: SuggestionCandidate]) {
        let index = suggester.escoIndex
        guard index.conceptCount > 0 else { return }
        for label in labels {
            for match in index.search(NeedQuery(label.text), limit: 5, minimumScore: 0.4) {
                for edge in escoEdges[match.concept] ?? [] {
                    let value = match.score * label.weight * edge.confidence * MatchComposition.decay(edge.type)
                    var candidate = found[edge.target] ?? SuggestionCandidate(target: edge.target)
                    if value > candidate.esco {
                        candidate.esco = value
                        candidate.escoSkill = (match.concept, match.label, edge.type)
                    }
                    found[edge.target] = candidate
                }
            }
        }
    }
}
