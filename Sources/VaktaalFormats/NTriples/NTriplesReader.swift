public import VaktaalModel

/// Reads N-Triples (RDF 1.1), strictly: relative IRIs, bad escapes and stray tokens are errors.
public enum NTriplesReader {
    /// Parses a whole N-Triples document into a graph.
    /// - Parameters:
    ///   - bytes: The UTF-8 document.
    ///   - file: The name used in error messages.
    /// - Throws: ``ParseError`` with line and column.
    public static func read(_ bytes: [UInt8], file: String) throws -> Graph {
        var graph = Graph()
        try read(bytes, file: file) { graph.insert($0) }
        return graph
    }

    /// Parses N-Triples, handing each triple to `emit` as it is read.
    public static func read(_ bytes: [UInt8], file: String, emit: (Triple) throws -> Void) throws {
        try bytes.withUnsafeBufferPointer { buffer in
            var scanner = NTriplesScanner(buffer, file: file)
            do {
                while let triple = try scanner.nextTriple() { try emit(triple) }
            } catch let error as ParseError {
                throw error.withSourceLine(from: bytes)
            }
        }
    }
}
