/// A concept as a ``CompactVocabulary`` keeps it: its IRI, two flags, and a run of values.
struct ConceptRow: Sendable {
    /// The concept IRI.
    var iri: TermID
    /// Whether the source states `rdf:type skos:Concept`.
    var isTyped: Bool
    /// Whether the concept is deprecated (`owl:deprecated true`).
    var isDeprecated: Bool
    /// Where its values sit in the vocabulary's value list.
    var values: Range<Int>
}
