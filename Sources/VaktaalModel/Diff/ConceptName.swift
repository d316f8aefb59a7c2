/// How a concept is shown to a reader: its label in the display language and its notation.
public struct ConceptName: Hashable, Sendable, Codable {
    /// The preferred label in the display language (falling back to English, then any).
    public var label: String?
    /// The first notation.
    public var notation: String?

    /// Creates a name.
    public init(label: String?, notation: String?) {
        self.label = label
        self.notation = notation
    }

    /// The name of a concept.
    init(_ concept: Concept, language: String) {
        self.init(label: concept.prefLabel(language), notation: concept.notations.first?.lexicalForm)
    }
}
