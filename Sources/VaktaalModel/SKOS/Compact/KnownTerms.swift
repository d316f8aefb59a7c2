/// The ids of the few ``WellKnownIRI`` terms the vocabulary builder compares objects with; `TermID.max` for those
/// the store does not hold (nothing can be equal to them then).
struct KnownTerms {
    let concept: TermID
    let conceptScheme: TermID
    let collection: TermID
    let orderedCollection: TermID
    let axiom: TermID
    /// `xsd:boolean`.
    let boolean: TermID

    init(_ terms: TermTable) {
        func iri(_ value: String) -> TermID { terms.lookup(value, kind: .iri) ?? .max }
        concept = iri(WellKnownIRI.skosConcept)
        conceptScheme = iri(WellKnownIRI.skosConceptScheme)
        collection = iri(WellKnownIRI.skosCollection)
        orderedCollection = iri(WellKnownIRI.skosOrderedCollection)
        axiom = iri(WellKnownIRI.owlAxiom)
        boolean = iri(WellKnownIRI.xsdBoolean)
    }

    /// Whether a term is the literal `"true"^^xsd:boolean`.
    func isTrue(_ id: TermID, in terms: TermTable) -> Bool {
        terms.kind(id) == .typedLiteral && terms.attribute(id) == boolean && terms.withBytes(id) { $0.elementsEqual("true".utf8) }
    }
}
