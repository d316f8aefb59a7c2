/// A collection (`skos:Collection` or `skos:OrderedCollection`) added, removed or changed.
public struct CollectionChange: Hashable, Sendable, Codable {
    /// The collection IRI.
    public var iri: String
    /// Its label in the display language.
    public var label: String?
    /// What happened.
    public var change: SchemeChange.Change
    /// Whether it is an ordered collection (in the new version, else the old).
    public var ordered: Bool
    /// Label changes by language.
    public var labels: [TextChange]?
    /// Members added or removed.
    public var members: SetDelta<String>?

    /// Creates a change.
    public init(iri: String, label: String?, change: SchemeChange.Change, ordered: Bool,
                labels: [TextChange]? = nil, members: SetDelta<String>? = nil) {
        self.iri = iri
        self.label = label
        self.change = change
        self.ordered = ordered
        self.labels = labels
        self.members = members
    }
}
