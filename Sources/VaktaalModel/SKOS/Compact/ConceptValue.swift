/// One value of a concept: the field and the term (or, for SKOS-XL labels, the label's index).
struct ConceptValue: Sendable {
    var field: KnownProperty
    var id: TermID
}
