public import VaktaalModel

/// Writes a graph as readable, deterministic Turtle: the prefixes in use (the graph's own and the
/// well-known ones) sorted, then one block per subject (IRIs sorted, then blank nodes), with
/// predicates grouped, blank nodes referenced once nested as `[ … ]` and well-formed RDF lists
/// as `( … )`. The same graph always gives the same bytes.
public enum TurtleWriter {
    /// Writes `graph` to `output` (the caller commits the output).
    /// - Throws: ``FileError`` when the output cannot be written.
    public static func write(_ graph: Graph, to output: OutputFile) throws {
        let (header, blocks) = document(graph)
        if !header.isEmpty { try output.write(header) }
        for (index, block) in blocks.enumerated() {
            if index > 0 || !header.isEmpty { try output.write("\n") }
            try output.write(block)
        }
    }

    /// The graph as a Turtle document.
    public static func render(_ graph: Graph) -> String {
        let (header, blocks) = document(graph)
        return ([header].filter { !$0.isEmpty } + blocks).joined(separator: "\n")
    }

    /// The `@prefix` lines (known only once every block is rendered) and the subject blocks.
    private static func document(_ graph: Graph) -> (header: String, blocks: [String]) {
        var renderer = TurtleRenderer(graph)
        let blocks = renderer.layout.roots.map { renderer.block($0) }
        return (renderer.prefixes.declarations, blocks)
    }
}
