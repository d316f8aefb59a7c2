/// What a term in a ``TermTable`` is. Literals name their language tag or datatype by the id of
/// another term of the same table.
enum TermKind: UInt32, Sendable {
    /// An IRI.
    case iri = 0
    /// A blank node label.
    case blank = 1
    /// A literal without language tag or datatype (`xsd:string`).
    case simpleLiteral = 2
    /// A language-tagged literal; the attribute is the ``languageTag`` term.
    case languageLiteral = 3
    /// A literal with a datatype; the attribute is the datatype's ``iri`` term.
    case typedLiteral = 4
    /// The text of a language tag.
    case languageTag = 5

    /// Whether this is one of the literal kinds.
    var isLiteral: Bool { self == .simpleLiteral || self == .languageLiteral || self == .typedLiteral }
}
