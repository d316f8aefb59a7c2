import Foundation
import VaktaalFormats
import VaktaalModel

/// Writes a graph to a temporary file in a format and reads it back, as `vaktaal convert` does.
enum FormatRoundTrip {
    static func run(_ graph: Graph, _ format: RDFFormat) throws -> Graph {
        let path = NSTemporaryDirectory() + "vaktaal-property-\(getpid())-\(UUID().uuidString)." + format.fileExtension
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try OutputFile(path: path)
        try GraphWriter.write(graph, format: format, to: output)
        try output.commit()
        return try VocabularyLoader.loadGraph(path: path, format: format)
    }

    /// The triples of each graph that the other lacks, blank nodes shown as `_:`, for messages.
    static func difference(_ expected: Graph, _ actual: Graph) -> String {
        func lines(_ graph: Graph) -> Set<String> {
            Set(graph.triples.map { $0.description.replacing(/_:[^ ]+/, with: "_:") })
        }
        let (want, got) = (lines(expected), lines(actual))
        return "missing:\n" + want.subtracting(got).sorted().joined(separator: "\n")
            + "\nunexpected:\n" + got.subtracting(want).sorted().joined(separator: "\n")
    }
}
