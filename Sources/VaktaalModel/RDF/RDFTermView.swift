/// An RDF term handed out by a streaming reader as borrowed UTF-8 bytes, valid only during the
/// call that receives it (no `String` made).
public struct RDFTermView {
    /// What kind of term this is.
    public enum Kind: Sendable {
        case iri, blank, literal
    }

    /// The kind of term.
    public var kind: Kind
    /// The IRI, the blank node label, or the literal's lexical form.
    public var value: UnsafeBufferPointer<UInt8>
    /// The literal's language tag, lower-cased; empty when there is none.
    public var language: UnsafeBufferPointer<UInt8>
    /// The literal's datatype IRI; empty for simple and language-tagged strings (`xsd:string` is
    /// normalised away, as in ``Literal``).
    public var datatype: UnsafeBufferPointer<UInt8>

    /// A term with no language or datatype.
    public init(_ kind: Kind, _ value: UnsafeBufferPointer<UInt8>) {
        self.kind = kind
        self.value = value
        language = UnsafeBufferPointer(start: nil, count: 0)
        datatype = UnsafeBufferPointer(start: nil, count: 0)
    }

    /// A literal.
    public init(literal value: UnsafeBufferPointer<UInt8>, language: UnsafeBufferPointer<UInt8>, datatype: UnsafeBufferPointer<UInt8>) {
        kind = .literal
        self.value = value
        self.language = language
        self.datatype = datatype
    }
}
