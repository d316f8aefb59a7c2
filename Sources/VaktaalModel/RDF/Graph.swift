/// A set of triples, kept in the order they were added, with the namespace prefixes its source used.
public struct Graph: Sendable, Equatable {
    /// The triples, without duplicates, in the order they were first added.
    public private(set) var triples: [Triple] = []
    /// Prefixes declared by the source, in declaration order; writers use them for readable output.
    public var prefixes: [(prefix: String, namespace: String)] = []

    private var seen: Set<Triple> = []

    /// Creates an empty graph.
    public init() {}

    /// Creates a graph from triples, dropping duplicates.
    public init<S: Sequence>(_ triples: S) where S.Element == Triple {
        for triple in triples { insert(triple) }
    }

    /// The number of distinct triples.
    public var count: Int { triples.count }

    /// Adds a triple unless the graph already holds it.
    /// - Returns: Whether the triple was new.
    @discardableResult
    public mutating func insert(_ triple: Triple) -> Bool {
        guard seen.insert(triple).inserted else { return false }
        triples.append(triple)
        return true
    }

    /// Whether the graph holds the triple.
    public func contains(_ triple: Triple) -> Bool { seen.contains(triple) }

    /// Adds a prefix declaration unless the prefix is already declared.
    public mutating func declarePrefix(_ prefix: String, _ namespace: String) {
        guard !prefixes.contains(where: { $0.prefix == prefix }) else { return }
        prefixes.append((prefix, namespace))
    }

    public static func == (lhs: Graph, rhs: Graph) -> Bool { lhs.seen == rhs.seen }
}

extension Graph: CustomStringConvertible {
    /// A short summary: the number of triples.
    public var description: String { "Graph(\(count) triples)" }
}
