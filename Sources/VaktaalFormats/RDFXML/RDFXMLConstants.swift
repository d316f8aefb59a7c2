import VaktaalModel

/// The IRIs the RDF/XML grammar emits of its own accord, stored once at the bottom of its arena.
struct RDFXMLConstants {
    let rdfNamespace: ByteRange
    let rdfType: ByteRange
    let rdfStatement: ByteRange
    let rdfSubject: ByteRange
    let rdfPredicate: ByteRange
    let rdfObject: ByteRange
    let rdfFirst: ByteRange
    let rdfRest: ByteRange
    let rdfNil: ByteRange
    let rdfXMLLiteral: ByteRange
    let rdfLangString: ByteRange
    let xsdString: ByteRange

    init(_ arena: ByteArena) {
        rdfNamespace = arena.append(Namespace.rdf)
        rdfType = arena.append(WellKnownIRI.rdfType)
        rdfStatement = arena.append(WellKnownIRI.rdfStatement)
        rdfSubject = arena.append(WellKnownIRI.rdfSubject)
        rdfPredicate = arena.append(WellKnownIRI.rdfPredicate)
        rdfObject = arena.append(WellKnownIRI.rdfObject)
        rdfFirst = arena.append(WellKnownIRI.rdfFirst)
        rdfRest = arena.append(WellKnownIRI.rdfRest)
        rdfNil = arena.append(WellKnownIRI.rdfNil)
        rdfXMLLiteral = arena.append(WellKnownIRI.rdfXMLLiteral)
        rdfLangString = arena.append(WellKnownIRI.rdfLangString)
        xsdString = arena.append(WellKnownIRI.xsdString)
    }
}
