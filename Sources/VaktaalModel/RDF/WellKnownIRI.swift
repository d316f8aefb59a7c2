/// The classes and datatypes Vaktaal compares with, built once: with ``KnownProperty`` (every
/// property) the one table of IRIs. ``KnownTerms`` and the RDF/XML grammar's constants hold these
/// same IRIs as term ids and arena ranges.
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
    /// `skos:Concept`.
    package static let skosConcept = Namespace.skos + "Concept"
    /// `skos:ConceptScheme`.
    package static let skosConceptScheme = Namespace.skos + "ConceptScheme"
    /// `skos:Collection`.
    package static let skosCollection = Namespace.skos + "Collection"
    /// `skos:OrderedCollection`.
    package static let skosOrderedCollection = Namespace.skos + "OrderedCollection"
    /// `owl:Axiom`.
    package static let owlAxiom = Namespace.owl + "Axiom"
    /// `xsd:boolean`.
    package static let xsdBoolean = Namespace.xsd + "boolean"
    /// `xsd:string`.
    package static let xsdString = Namespace.xsd + "string"
}
