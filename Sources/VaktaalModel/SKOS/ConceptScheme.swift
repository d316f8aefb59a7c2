/// A SKOS concept scheme.
public struct ConceptScheme: Hashable, Sendable, Identifiable {
    /// The scheme IRI.
    public var iri: String
    /// Labels (`skos:prefLabel`) in every language.
    public var prefLabels: [LangString] = []
    /// Titles (`dcterms:title`, or `dc:title` in older files).
    public var titles: [LangString] = []
    /// Descriptions and definitions (`dcterms:description`, `skos:definition`).
    public var descriptions: [LangString] = []
    /// Notations.
    public var notations: [Literal] = []
    /// Top concepts (`skos:hasTopConcept`).
    public var topConcepts: [String] = []
    /// Version (`owl:versionInfo`).
    public var versions: [Literal] = []
    /// Dates.
    public var dates: [DateKind: [Literal]] = [:]

    /// The IRI, as identity.
    public var id: String { iri }

    /// Creates a scheme with only its IRI.
    public init(iri: String) {
        self.iri = iri
    }

    /// The best name for a reader of `language`: a label, else a title.
    public func name(_ language: String) -> String? {
        (prefLabels.best(for: language) ?? titles.best(for: language))?.value
    }
}
