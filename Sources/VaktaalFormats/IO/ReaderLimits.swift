/// The bounds every reader keeps, so that hostile or mistaken input (a binary file, an endless
/// stream, one line of gigabytes) fails fast with a clear error instead of exhausting memory.
public struct ReaderLimits: Sendable, Equatable {
    /// The longest literal, in UTF-8 bytes.
    public var maximumLiteralBytes: Int
    /// The longest line of a line-oriented text format (N-Triples, Turtle, JSON, CSV, SSSOM/TSV),
    /// in bytes.
    public var maximumLineBytes: Int
    /// The deepest element nesting of an RDF/XML document. (Turtle and JSON, read recursively,
    /// keep their own smaller bounds: 500 and 128 levels.)
    public var maximumDepth: Int

    /// Creates limits.
    public init(maximumLiteralBytes: Int = 64 << 20, maximumLineBytes: Int = 128 << 20, maximumDepth: Int = 1 << 18) {
        self.maximumLiteralBytes = maximumLiteralBytes
        self.maximumLineBytes = maximumLineBytes
        self.maximumDepth = maximumDepth
    }

    /// Generous bounds no real vocabulary comes near: literals of 64 MiB, lines of 128 MiB,
    /// 262,144 nested elements.
    public static let `default` = ReaderLimits()
}
