/// One loaded file, as validation sees it: its name and its graph.
public struct ValidationSource: Sendable {
    /// The file name, as given on the command line; findings point to it.
    public var name: String
    /// The file's triples.
    public var graph: Graph
    /// Whether the file only adds context (`--vocab`): its resources are used, but not reported on.
    public var isContext: Bool

    /// Creates a source.
    public init(name: String, graph: Graph, isContext: Bool = false) {
        self.name = name
        self.graph = graph
        self.isContext = isContext
    }
}
