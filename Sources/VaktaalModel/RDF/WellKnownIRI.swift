/// IRIs used on hot paths, built once.
package enum WellKnownIRI {
    /// `rdf:type`.
    package static let rdfType = Namespace.rdf + "type"
    /// `rdf:Description`.
    package static let rdfDescription = Namespace.rdf + "Description"
    /// `rdf:RDF`.
    package static let rdfRDF = Namespace.rdf + "RDF"
    /// `rdf:li`.
    package static let rdfLi = Namespace.rdf + "li"
    /// `rdf:XMLLiteral`.
    package static let rdfXMLLiteral = Namespace.rdf + "XMLLiteral"
    /// `rdf:Statement`.
    package static let rdfStatement = Namespace.rdf + "Statement"
    /// `rdf:subject`.
    package static let rdfSubject = Namespace.rdf + "subject"
    /// `rdf:predicate`.
    package static let rdfPredicate = Namespace.rdf + "predicate"
    /// `rdf:object`.
    package static let rdfObject = Namespace.rdf + "object"
    /// `rdf:first`.
    package static let rdfFirst = Namespace.rdf + "first"
    /// `rdf:rest`.
    package static let rdfRest = Namespace.rdf + "rest"
    /// `rdf:nil`.
    package static let rdfNil = Namespace.rdf + "nil"
    /// `rdf:langString`.
    package static let rdfLangString = Namespace.rdf + "langString"
    /// `xsd:string`.
    package static let xsdString = Namespace.xsd + "string"
}
