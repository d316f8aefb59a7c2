extension Translator {
    /// A path from a source concept into the target scheme.
    struct PathResult {
        var target: String
        /// The composed relation; nil for a sibling.
        var type: MatchType?
        /// Where a sibling's path turned: the broader concept both share.
        var shared: String?
        var confidence: Double
        var steps: [TranslationStep]
    }

    /// A partial path during the search.
    private struct Partial {
        var concept: String
        var type: MatchType?
        var shared: String?
        var confidence: Double
        var steps: [TranslationStep]
        var hierarchySteps: Int
    }

    /// Every path from a concept into the target scheme, breadth first, with at most
    /// `maximumHops` steps. A sibling (broad then narrow: both share a broader concept) is offered
    /// only when its path takes at most two steps through a hierarchy (up to the shared parent and down to a sibling), so that distant cousins
    /// do not crowd the answer.
    func paths(from concept: String, to target: String) -> [PathResult] {
        var results: [PathResult] = []
        var frontier = [Partial(concept: concept, type: .exact, shared: nil, confidence: 1, steps: [], hierarchySteps: 0)]
        var visited: Set<String> = [concept]
        for _ in 0..<maximumHops {
            var next: [Partial] = []
            for partial in frontier {
                for edge in edges[partial.concept] ?? [] where !partial.steps.contains(where: { $0.from == edge.to }) {
                    guard let extended = extend(partial, with: edge) else { continue }
                    if isInTarget(edge.to, target) {
                        results.append(PathResult(target: edge.to, type: extended.type, shared: extended.shared,
                                                  confidence: extended.confidence, steps: extended.steps))
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

    /// Whether a concept belongs to the target: its scheme, or, when the target is no scheme
    /// (neither described nor named by a concept), an IRI under the target namespace (ESCO
    /// skills, loaded or not). A scheme only concepts name is a scheme all the same: a concept of
    /// another scheme whose IRI happens to start with its IRI is not in it (the same test as
    /// ``targetTest(_:)``).
    func isInTarget(_ concept: String, _ target: String) -> Bool {
        if let schemes = schemeOf[concept], schemes.contains(target) { return true }
        return schemeNumbers[target] == nil && concept.hasPrefix(target)
    }

    /// The path extended by one mapping step, or nil when the relations no longer compose.
    private func extend(_ partial: Partial, with edge: TranslationStep) -> Partial? {
        let confidence = partial.confidence * (edge.confidence ?? MatchComposition.defaultConfidence) * MatchComposition.decay(edge.type)
        var shared = partial.shared
        var type: MatchType? = nil
        if shared == nil, let current = partial.type {
            type = MatchComposition.compose(current, edge.type)
            if type == nil, current == .broad, edge.type == .narrow || edge.type == .exact { shared = edge.from }
        } else {
            return nil
        }
        guard type != nil || shared != nil else { return nil }
        let isHierarchy = edge.via == .broaderConcept || edge.via == .narrowerConcept
        let hierarchySteps = partial.hierarchySteps + (isHierarchy ? 1 : 0)
        if shared != nil, hierarchySteps > 2 { return nil }
        return Partial(concept: edge.to, type: type, shared: shared, confidence: confidence * (shared != nil ? 0.6 : 1),
                       steps: partial.steps + [edge], hierarchySteps: hierarchySteps)
    }
}
