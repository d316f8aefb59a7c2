extension Translator {
    /// A partial path during the search.
    private struct Partial {
        var concept: String
        var type: MatchType?
        var sibling: Bool
        var confidence: Double
        var steps: [TranslationStep]
    }

    /// Every path from a found concept into the target scheme, breadth first, with at most
    /// `maximumHops` steps. A sibling (broad then narrow: both share a broader concept) is offered
    /// only when its path takes at most one step through a hierarchy, so that distant cousins
    /// do not crowd the answer.
    func paths(from match: LookupMatch, to target: String) -> [Translation] {
        var results: [Translation] = []
        var frontier = [Partial(concept: match.concept, type: .exact, sibling: false, confidence: match.score, steps: [])]
        var visited: Set<String> = [match.concept]
        for _ in 0..<maximumHops {
            var next: [Partial] = []
            for partial in frontier {
                for edge in edges[partial.concept] ?? [] where !partial.steps.contains(where: { $0.from == edge.to }) {
                    guard let extended = extend(partial, with: edge) else { continue }
                    if isInTarget(edge.to, target) {
                        results.append(Translation(source: match, target: edge.to, type: extended.sibling ? nil : extended.type,
                                                   confidence: (extended.confidence * 1000).rounded() / 1000, steps: extended.steps))
                    } else if !visited.contains(edge.to) {
                        next.append(extended)
                    }
                }
            }
            for partial in next { visited.insert(partial.concept) }
            frontier = next
        }
        return results
    }

    /// Whether a concept belongs to the target: its scheme, or for concepts that are not loaded
    /// (ESCO skills, say), an IRI under the target namespace.
    func isInTarget(_ concept: String, _ target: String) -> Bool {
        if let schemes = schemeOf[concept] { return schemes.contains(target) }
        return concept.hasPrefix(target)
    }

    /// The path extended by one mapping step, or nil when the relations no longer compose.
    private func extend(_ partial: Partial, with edge: TranslationStep) -> Partial? {
        let confidence = partial.confidence * (edge.confidence ?? MatchComposition.defaultConfidence) * MatchComposition.decay(edge.type)
        var sibling = partial.sibling
        var type: MatchType? = nil
        if !sibling, let current = partial.type {
            type = MatchComposition.compose(current, edge.type)
            if type == nil, current == .broad, edge.type == .narrow || edge.type == .exact { sibling = true }
        }
        if sibling, partial.sibling { return nil }
        guard type != nil || sibling else { return nil }
        let steps = partial.steps + [edge]
        let hierarchySteps = steps.filter { $0.via == .broaderConcept || $0.via == .narrowerConcept }.count
        if sibling, hierarchySteps > 1 { return nil }
        return Partial(concept: edge.to, type: type, sibling: sibling, confidence: confidence * (sibling ? 0.6 : 1), steps: steps)
    }
}
