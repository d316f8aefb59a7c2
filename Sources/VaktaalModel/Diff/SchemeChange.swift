/// A concept scheme added, removed, or with changed metadata or top concepts.
public struct SchemeChange: Hashable, Sendable, Codable {
    /// What happened to the scheme.
    public enum Change: String, Hashable, Sendable, Codable {
        /// Only in the new version.
        case added
        /// Only in the old version.
        case removed
        /// In both, with differences.
        case changed
    }

    /// The scheme IRI.
    public var iri: String
    /// Its name in the display language.
    public var name: String?
    /// What happened.
    public var change: Change
    /// Metadata changes (labels, titles, descriptions, notations, version, dates, and other
    /// literal or IRI values stated on the scheme), by property.
    public var properties: [PropertyChange]
    /// Top concepts (`skos:hasTopConcept` on the scheme or `skos:topConceptOf` on the concept)
    /// added or removed.
    public var topConcepts: SetDelta<String>?

    /// Creates a change.
    public init(iri: String, name: String?, change: Change, properties: [PropertyChange] = [], topConcepts: SetDelta<String>? = nil) {
        self.iri = iri
        self.name = name
        self.change = change
        self.properties = properties
        self.topConcepts = topConcepts
    }
}
