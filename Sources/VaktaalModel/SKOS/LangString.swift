/// A string with an optional language tag: a SKOS label or note.
public struct LangString: Hashable, Sendable, Comparable, Codable {
    /// The text.
    public var value: String
    /// The lower-cased language tag, absent for untagged strings.
    public var language: String?

    /// Creates a string with an optional language tag.
    public init(_ value: String, language: String? = nil) {
        self.value = value
        self.language = language?.lowercased()
    }

    /// The string as an RDF literal.
    public var literal: Literal { Literal(value, language: language) }

    /// Reads a simple or language-tagged literal; typed literals are not language strings.
    public init?(_ literal: Literal) {
        guard literal.datatype == nil else { return nil }
        self.init(literal.lexicalForm, language: literal.language)
    }

    public static func < (lhs: LangString, rhs: LangString) -> Bool {
        ((lhs.language ?? ""), lhs.value) < ((rhs.language ?? ""), rhs.value)
    }
}

extension Array where Element == LangString {
    /// The strings in one language, or the untagged ones when `language` is nil.
    public func values(in language: String?) -> [String] {
        filter { $0.language == language?.lowercased() }.map(\.value)
    }

    /// The best string for a reader of `language`: that language, else English, else untagged,
    /// else the first one.
    public func best(for language: String) -> LangString? {
        first { $0.language == language.lowercased() }
            ?? first { $0.language == "en" }
            ?? first { $0.language == nil }
            ?? first
    }

    /// The distinct language tags used, sorted.
    public var languages: [String] { Set(compactMap { $0.language }).sorted() }
}
