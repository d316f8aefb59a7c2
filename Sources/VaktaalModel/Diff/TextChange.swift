/// A change to the labels or notes of one kind in one language, e.g. the Dutch `prefLabel`.
public struct TextChange: Hashable, Sendable, Codable {
    /// How the values of one kind in one language changed.
    public enum Change: String, Hashable, Sendable, Codable {
        /// The language had values in both versions, and they differ (a relabelling).
        case changed
        /// The language has values only in the new version.
        case languageAdded
        /// The language had values only in the old version.
        case languageDropped
    }

    /// The property name: a ``LabelKind`` (`prefLabel`, …) or a ``NoteKind`` (`definition`, …).
    public var property: String
    /// The language tag, nil for untagged strings.
    public var language: String?
    /// How the values changed.
    public var change: Change
    /// Values in the new version only, sorted.
    public var added: [String]
    /// Values in the old version only, sorted.
    public var removed: [String]

    /// Creates a change.
    public init(property: String, language: String?, change: Change, added: [String], removed: [String]) {
        self.property = property
        self.language = language
        self.change = change
        self.added = added.sorted()
        self.removed = removed.sorted()
    }

    /// Compares the values of one property in one language; nil when they are the same.
    static func compare(property: String, language: String?, old: Set<String>, new: Set<String>) -> TextChange? {
        guard old != new else { return nil }
        let change: Change = old.isEmpty ? .languageAdded : new.isEmpty ? .languageDropped : .changed
        return TextChange(property: property, language: language, change: change,
                          added: Array(new.subtracting(old)), removed: Array(old.subtracting(new)))
    }
}
