import PropertyBased
import VaktaalModel

/// A generated label or note: its text and language, for a kind chosen by number.
struct LabelSpec: Sendable, Hashable {
    /// The kind, by number (label kind or note kind, taken modulo their count).
    var kind: Int
    var text: String
    var language: String?
    /// Whether the label is written as SKOS-XL.
    var isXL: Bool

    var string: LangString { LangString(text, language: language) }

    /// A label or note with any kind.
    static var any: Generator<LabelSpec, some SendableSequenceType> {
        zip(Gen.int(in: 0...6), TextGen.text(), TextGen.language, Gen.bool(0.2))
            .map { kind, text, language, isXL in LabelSpec(kind: kind, text: text, language: language, isXL: isXL) }
    }
}
