/// The kinds of evidence ``MappingSuggester`` weighs; switch some off to measure what each is
/// worth (`vaktaal evaluate-suggest --without …`).
public struct SuggestionSignals: OptionSet, Sendable, Hashable {
    public let rawValue: Int

    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The source's labels (pref, alt, hidden) matched against the target's labels, scope notes
    /// and definitions: folding, word forms, typos, compounds (``NeedIndex``).
    public static let labels = SuggestionSignals(rawValue: 1 << 0)
    /// The source's definition matched against the target's words, and definitions compared for
    /// the match type.
    public static let definitions = SuggestionSignals(rawValue: 1 << 1)
    /// The labels in the second language (English) matched the same way.
    public static let secondLanguage = SuggestionSignals(rawValue: 1 << 2)
    /// Concepts of a third scheme (another branch) that match the source and are mapped to the
    /// target: their mappings are evidence for the target.
    public static let otherSchemes = SuggestionSignals(rawValue: 1 << 3)
    /// The hierarchy: a parent mapped (or its best candidate) makes candidates under that target
    /// likelier, and children's candidates point to the parent's.
    public static let hierarchy = SuggestionSignals(rawValue: 1 << 4)
    /// ESCO skills that match the source's English label and are mapped from a target concept.
    public static let sharedESCO = SuggestionSignals(rawValue: 1 << 5)

    /// Every signal.
    public static let all: SuggestionSignals = [.labels, .definitions, .secondLanguage, .otherSchemes, .hierarchy, .sharedESCO]

    /// Each signal with its name, as the evaluation and the JSON output name it.
    public static let named: [(name: String, signal: SuggestionSignals)] = [
        ("labels", .labels), ("definitions", .definitions), ("english", .secondLanguage),
        ("branches", .otherSchemes), ("hierarchy", .hierarchy), ("esco", .sharedESCO),
    ]

    /// The signal with this name.
    public init?(name: String) {
        guard let found = Self.named.first(where: { $0.name == name }) else { return nil }
        self = found.signal
    }
}
