public import VaktaalModel

/// Reads Turtle 1.1: `@prefix`/`@base` and SPARQL-style `PREFIX`/`BASE`, prefixed names,
/// `a`, predicate and object lists, blank node property lists, collections, numeric and boolean
/// literals, long strings and comments.
///
/// Relative IRIs are resolved against the base (RFC 3986). Blank nodes get fresh labels
/// (`b1`, `b2`, …) in order of appearance. The declared prefixes are kept in ``Graph/prefixes``.
public enum TurtleReader {
    /// Parses a whole Turtle document.
    /// - Parameters:
    ///   - bytes: The UTF-8 document.
    ///   - file: The name used in error messages.
    ///   - base: The base IRI for relative references until an `@base` changes it.
    ///   - limits: The longest line and string accepted.
    /// - Returns: The triples, with the document's prefixes.
    /// - Throws: ``ParseError`` with line, column and what was expected (bytes that are not UTF-8
    ///   included); nothing is returned from
    ///   a document with an error.
    public static func read(_ bytes: [UInt8], file: String, base: String, limits: ReaderLimits = .default) throws -> Graph {
        try bytes.withUnsafeBufferPointer { buffer in
            var parser = TurtleParser(buffer, file: file, base: base)
            parser.lexer.scanner.maximumLiteralBytes = limits.maximumLiteralBytes
            do {
                try TextInput.check(buffer, file: file, format: "Turtle", limits: limits)
                return try parser.parseDocument()
            } catch let error as ParseError {
                throw error.withSourceLine(from: bytes)
            }
        }
    }
}
