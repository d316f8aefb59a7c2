/// A SKOS collection (`skos:Collection` or `skos:OrderedCollection`).
public struct SKOSCollection: Hashable, Sendable, Identifiable {
    /// The collection IRI.
    public var iri: String
    /// Whether it is an ordered collection.
    public var isOrdered = false
    /// Labels (`skos:prefLabel`).
    public var prefLabels: [LangString] = []
    /// Members (`skos:member`), concepts or collections.
    public var members: [String] = []

    /// The IRI, as identity.
    public var id: String { iri }

    /// Creates an empty collection.
    public init(iri: String) {
        self.iri = iri
    }
}
