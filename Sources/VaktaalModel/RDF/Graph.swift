/// A set of triples, kept in the order they were added, with the namespace prefixes its source used.
public struct Graph: Sendable {
    /// The triples, without duplicates, in the order they were first added.
    public private(set) var triples: [Triple] = []
    /// Prefixes declared by the source, in declaration order; writers use them for readable output.
    public var prefixes: [(prefix: String, namespace: String)] = []

    /// Where each triple sits in `triples`, by hash: an open-addressing table of indices, so that
    /// every triple is stored once.
    private var table = TripleTable()

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
        let hash = triple.hashValue
        if table.find(hash, in: triples, triple) != nil { return false }
        table.add(hash, index: triples.count)
        triples.append(triple)
        return true
    }

    /// Whether the graph holds the triple.
    public func contains(_ triple: Triple) -> Bool {
        table.find(triple.hashValue, in: triples, triple) != nil
    }

    /// Adds a prefix declaration unless the prefix is already declared.
    public mutating func declarePrefix(_ prefix: String, _ namespace: String) {
        guard !prefixes.contains(where: { $0.prefix == prefix }) else { return }
        prefixes.append((prefix, namespace))
    }
}

extension Graph: Equatable {
    /// Whether both graphs hold the same triples (blank node labels compared as they are).
    public static func == (lhs: Graph, rhs: Graph) -> Bool {
        lhs.count == rhs.count && lhs.triples.allSatisfy(rhs.contains)
    }
}

extension Graph: CustomStringConvertible {
    /// A short summary: the number of triples.
    public var description: String { "Graph(\(count) triples)" }
}

/// An open-addressing hash table of indices into an array of triples.
struct TripleTable: Sendable {
    private var slots: [Int32] = Array(repeating: -1, count: 16)
    private var hashes: [Int] = []

    func find(_ hash: Int, in triples: [Triple], _ triple: Triple) -> Int? {
        let mask = slots.count - 1
        var slot = hash & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash, triples[index] == triple { return index }
            slot = (slot + 1) & mask
        }
    }

    mutating func add(_ hash: Int, index: Int) {
        hashes.append(hash)
        if hashes.count * 2 > slots.count { grow() } else { place(hash, index) }
    }

    private mutating func place(_ hash: Int, _ index: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 4)
        for (index, hash) in hashes.enumerated() { place(hash, index) }
    }
}
