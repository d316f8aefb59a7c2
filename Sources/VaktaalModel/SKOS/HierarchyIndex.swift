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
    public func depth(of iri: String) -> Int {
        var seen: Set<String> = [iri]
        var frontier = [iri]
        var level = 1
        while true {
            let next = frontier.flatMap { broader[$0] ?? [] }.filter { seen.insert($0).inserted }
            if next.isEmpty { return level }
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
