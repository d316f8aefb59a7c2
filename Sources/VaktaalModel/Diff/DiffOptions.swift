/// What a ``VocabularyDiff`` looks at.
public struct DiffOptions: Sendable, Hashable {
    /// Only label and note changes in this language (a tag such as `nl`, also matching `nl-BE`);
    /// all languages when nil.
    public var language: String?
    /// Only concepts of this scheme (by `skos:inScheme`, `skos:topConceptOf` or the scheme's
    /// `skos:hasTopConcept`, in either version); all concepts when nil.
    public var scheme: String?
    /// The language in which concepts are named in the result (falling back to English, then any).
    public var displayLanguage: String

    /// Creates options.
    /// - Parameters:
    ///   - language: Restricts label and note changes to one language.
    ///   - scheme: Restricts the diff to the concepts of one scheme.
    ///   - displayLanguage: The language for concept names; `language` when given, else `nl`.
    public init(language: String? = nil, scheme: String? = nil, displayLanguage: String? = nil) {
        self.language = language?.lowercased()
        self.scheme = scheme
        self.displayLanguage = displayLanguage ?? language ?? "nl"
    }

    /// Whether a language tag passes the language filter.
    func accepts(language tag: String?) -> Bool {
        guard let language else { return true }
        guard let tag else { return false }
        return tag == language || tag.hasPrefix(language + "-")
    }
}
