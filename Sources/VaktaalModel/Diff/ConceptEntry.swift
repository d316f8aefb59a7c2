/// A concept added in the new version or removed from the old one.
public struct ConceptEntry: Hashable, Sendable, Codable {
    /// The concept IRI.
    public var iri: String
    /// Its preferred label in the display language.
    public var label: String?
    /// Its first notation.
    public var notation: String?
    /// Its broader concepts (both directions of the hierarchy merged), sorted.
    public var broader: [String]
    /// Whether it is deprecated in the version it is in.
    public var deprecated: Bool
    /// Its replacements (`dcterms:isReplacedBy`) stated in the new version, sorted; for a removed
    /// concept these come from a stub left in the new version.
    public var replacedBy: [String]

    /// Creates an entry.
    public init(iri: String, label: String?, notation: String?, broader: [String], deprecated: Bool, replacedBy: [String]) {
        self.iri = iri
        self.label = label
        self.notation = notation
        self.broader = broader
        self.deprecated = deprecated
        self.replacedBy = replacedBy.sorted()
    }
}
