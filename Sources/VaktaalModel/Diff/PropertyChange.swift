/// Values of one property of a resource (such as a concept scheme) added or removed.
public struct PropertyChange: Hashable, Sendable, Codable {
    /// The property, as a prefixed name where a prefix is known (`owl:versionInfo`), else the IRI.
    public var property: String
    /// Values in the new version only, in N-Triples-like form (`"text"@en`, `<iri>`), sorted.
    public var added: [String]
    /// Values in the old version only, likewise.
    public var removed: [String]

    /// Creates a change.
    public init(property: String, added: [String], removed: [String]) {
        self.property = property
        self.added = added.sorted()
        self.removed = removed.sorted()
    }
}
