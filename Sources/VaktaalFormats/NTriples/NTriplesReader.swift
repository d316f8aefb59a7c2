public import VaktaalModel

/// Reads N-Triples (RDF 1.1), strictly: relative IRIs, bad escapes and stray tokens are errors.
public enum NTriplesReader {
    /// Parses a whole N-Triples document into a graph.
    /// - Parameters:
    ///   - bytes: The UTF-8 document.
    ///   - file: The name used in error messages.
    ///   - limits: The longest line and literal accepted.
    /// - Throws: ``ParseError`` with line and column, also for bytes that are not UTF-8.
    public static func read(_ bytes: [UInt8], file: String, limits: ReaderLimits = .default) throws -> Graph {
        var graph = Graph()
        try read(bytes, file: file, limits: limits) { graph.insert($0) }
        return graph
    }

    /// Parses N-Triples, handing each triple to `emit` as it is read.
    /// - Parameters:
    ///   - bytes: The UTF-8 document; a byte order mark at the start is skipped.
    ///   - file: The name used in error messages.
    ///   - limits: The longest line and literal accepted.
    /// - Throws: ``ParseError`` with line and column, also for bytes that are not UTF-8 and NUL bytes.
    public static func read(_ bytes: [UInt8], file: String, limits: ReaderLimits = .default, emit: (Triple) throws -> Void) throws {
        try bytes.withUnsafeBufferPointer { buffer in
            var scanner = NTriplesScanner(buffer, file: file)
            scanner.maximumLiteralBytes = limits.maximumLiteralBytes
            do {
                scanner.position = try TextInput.check(buffer, file: file, format: "N-Triples", limits: limits)
                scanner.lineStart = scanner.position
                while let triple = try scanner.nextTriple() { try emit(triple) }
            } catch let error as ParseError {
                throw error.withSourceLine(from: bytes)
            }
        }
    }
}
