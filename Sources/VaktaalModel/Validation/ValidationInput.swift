/// The triples to validate, taken in file by file. Only what the checks need is kept, not the
/// files' graphs, so large files can be streamed from their parser.
public struct ValidationInput: Sendable {
    var index = ValidationIndex()

    /// Creates empty input.
    public init() {}

    /// Starts the triples of another file.
    /// - Parameters:
    ///   - name: The file name findings point to.
    ///   - isContext: Whether the file only adds context (`--vocab`): its resources are used,
    ///     but not reported on.
    public mutating func startFile(_ name: String, isContext: Bool = false) {
        index.startFile(name, isContext: isContext)
    }

    /// Makes room for about this many more triples, to spare the cost of growing.
    public mutating func reserveCapacity(triples: Int) {
        index.reserveCapacity(triples: triples)
    }

    /// Adds a triple of the current file.
    public mutating func add(_ triple: Triple) {
        precondition(!index.files.isEmpty, "startFile(_:isContext:) before add(_:)")
        index.add(triple)
    }

    /// Adds triples of the current file.
    public mutating func add(contentsOf triples: [Triple]) {
        precondition(!index.files.isEmpty, "startFile(_:isContext:) before add(_:)")
        triples.withUnsafeBufferPointer { buffer in
            for position in buffer.indices { index.add(buffer[position]) }
        }
    }

    /// Adds every triple of a graph to the current file.
    public mutating func add(_ graph: Graph) {
        add(contentsOf: graph.triples)
    }
}
