/// IRIs used on hot paths, built once.
public enum WellKnownIRI {
    /// `rdf:type`.
    public static let rdfType = Namespace.rdf + "type"
    /// `rdf:Description`.
    public static let rdfDescription = Namespace.rdf + "Description"
    /// `rdf:RDF`.
    public static let rdfRDF = Namespace.rdf + "RDF"
    /// `rdf:li`.
    public static let rdfLi = Namespace.rdf + "li"
    /// `rdf:XMLLiteral`.
    public static let rdfXMLLiteral = Namespace.rdf + "XMLLiteral"
    /// `rdf:Statement`.
    public static let rdfStatement = Namespace.rdf + "Statement"
    /// `rdf:subject`.
    public static let rdfSubject = Namespace.rdf + "subject"
    /// `rdf:predicate`.
    public static let rdfPredicate = Namespace.rdf + "predicate"
    /// `rdf:object`.
    public static let rdfObject = Namespace.rdf + "object"
    /// `rdf:first`.
    public static let rdfFirst = Namespace.rdf + "first"
    /// `rdf:rest`.
    public static let rdfRest = Namespace.rdf + "rest"
    /// `rdf:nil`.
    public static let rdfNil = Namespace.rdf + "nil"
    /// `rdf:langString`.
    public static let rdfLangString = Namespace.rdf + "langString"
    /// `xsd:string`.
    public static let xsdString = Namespace.xsd + "string"
}
