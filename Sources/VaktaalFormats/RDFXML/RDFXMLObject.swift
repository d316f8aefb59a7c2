/// The object of a triple the RDF/XML grammar is about to emit.
enum RDFXMLObject {
    /// An IRI or blank node in the arena.
    case term(ArenaTerm)
    /// A literal whose lexical form is in the arena; empty ranges mean no language or datatype.
    case literal(ByteRange, language: ByteRange, datatype: ByteRange)
    /// A literal whose lexical form is the collected character data.
    case textLiteral(language: ByteRange, datatype: ByteRange)
}
