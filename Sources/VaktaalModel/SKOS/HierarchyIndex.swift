/// The broader/narrower hierarchy of a vocabulary, with both directions merged (a `narrower`
/// statement counts as the inverse `broader`).
public struct HierarchyIndex: Sendable {
    /// Broader concepts of each concept.
    public private(set) var broader: [String: [String]] = [:]
    /// Narrower concepts of each concept.
    public private(set) var narrower: [String: [String]] = [:]

    /// Builds the index.
    public init(_ vocabulary: Vocabulary) {
        var up: [String: Set<String>] = [:]
        for concept in vocabulary.concepts {
            for parent in concept.broader { up[concept.iri, default: []].insert(parent) }
            for child in concept.narrower { up[child, default: []].insert(concept.iri) }
        }
        for (child, parents) in up {
            broader[child] = parents.sorted()
            for parent in parents { narrower[parent, default: []].append(child) }
        }
        for key in narrower.keys { narrower[key]!.sort() }
    }

    /// The level of a concept: 1 for one without broader concepts; cycles are cut.
    public func depth(of iri: String) -> Int { levels(above: iri).level }

    /// The levels of many concepts, each as ``depth(of:)`` gives it, in time linear in the
    /// hierarchy for chains: a concept with one broader concept is one level below it, so a chain
    /// is walked once, not again from each of its concepts.
    public func depths<S: Sequence>(of iris: S) -> [String: Int] where S.Element == String {
        var known: [String: Int] = [:]
        // Concepts whose broader links form one chain up to a concept without any: in no cycle.
        var chainedToRoot: Set<String> = []
        for iri in iris where known[iri] == nil {
            // Climb while each concept has exactly one broader concept.
            var chain: [String] = []
            var inChain: Set<String> = []
            var top = iri
            while known[top] == nil, let parents = broader[top], parents.count == 1, inChain.insert(top).inserted {
                chain.append(top)
                top = parents[0]
            }
            let topLevel: Int
            if let level = known[top], chainedToRoot.contains(top) {
                topLevel = level
                chainedToRoot.formUnion(chain)
            } else if inChain.contains(top) {
                // A cycle of single broader links: no shortcut.
                for concept in chain where known[concept] == nil { known[concept] = depth(of: concept) }
                continue
            } else if broader[top]?.isEmpty ?? true {
                topLevel = 1
                chainedToRoot.insert(top)
                chainedToRoot.formUnion(chain)
            } else {
                // A concept with several broader concepts, or one already known: its own walk holds
                // for the chain below unless that walk comes back into the chain (a cycle).
                let (level, seen) = levels(above: top)
                guard !chain.contains(where: seen.contains) else {
                    for concept in chain where known[concept] == nil { known[concept] = depth(of: concept) }
                    continue
                }
                topLevel = level
            }
            known[top] = topLevel
            for (distance, concept) in chain.reversed().enumerated() { known[concept] = topLevel + distance + 1 }
        }
        return known
    }

    /// The breadth-first walk up from a concept: how many levels it takes, and every concept met.
    private func levels(above iri: String) -> (level: Int, seen: Set<String>) {
        var seen: Set<String> = [iri]
        var frontier = [iri]
        var level = 1
        while true {
            let next = frontier.flatMap { broader[$0] ?? [] }.filter { seen.insert($0).inserted }
            if next.isEmpty { return (level, seen) }
            frontier = next
            level += 1
        }
    }

    /// All broader concepts, transitively, nearest first; cycles are cut.
    public func ancestors(of iri: String) -> [String] {
        var seen: Set<String> = [iri]
        var result: [String] = []
        var frontier = [iri]
        while !frontier.isEmpty {
            frontier = frontier.flatMap { broader[$0] ?? [] }.filter { seen.insert($0).inserted }
            result += frontier
        }
        return result
    }
}
