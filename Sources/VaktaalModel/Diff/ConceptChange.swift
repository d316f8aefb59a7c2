/// What changed about a concept present in both versions. Parts that did not change are nil
/// (and absent from JSON).
public struct ConceptChange: Hashable, Sendable, Codable {
    /// A change of the `owl:deprecated` flag.
    public enum Deprecation: String, Hashable, Sendable, Codable {
        /// Deprecated in the new version, not in the old one.
        case deprecated
        /// Deprecated in the old version, no longer in the new one.
        case undeprecated
    }

    /// The concept IRI.
    public var iri: String
    /// Its preferred label in the display language (new version, else old).
    public var label: String?
    /// Its first notation (new version, else old).
    public var notation: String?
    /// A change of the deprecation flag.
    public var deprecation: Deprecation?
    /// Replacements (`dcterms:isReplacedBy`) added or removed.
    public var replacedBy: SetDelta<String>?
    /// Notations added or removed (lexical forms).
    public var notations: SetDelta<String>?
    /// Label changes by kind and language (plain and SKOS-XL labels together).
    public var labels: [TextChange]?
    /// Definition and note changes by kind and language.
    public var notes: [TextChange]?
    /// Broader concepts added or removed, with `skos:broader` and `skos:narrower` merged.
    public var broader: SetDelta<String>?
    /// True when the concept moved: a broader concept was replaced by another.
    public var moved: Bool?
    /// `skos:narrower` statements of this concept added or removed.
    public var narrower: SetDelta<String>?
    /// `skos:related` statements of this concept added or removed.
    public var related: SetDelta<String>?
    /// Schemes (`skos:inScheme`) added or removed.
    public var inSchemes: SetDelta<String>?
    /// Schemes this concept is stated to be a top concept of (`skos:topConceptOf`), added or removed.
    public var topConceptOf: SetDelta<String>?

    /// Creates an empty change for a concept.
    public init(iri: String, label: String? = nil, notation: String? = nil) {
        self.iri = iri
        self.label = label
        self.notation = notation
    }

    /// Whether nothing changed.
    public var isEmpty: Bool {
        deprecation == nil && replacedBy == nil && notations == nil && labels == nil && notes == nil
            && broader == nil && narrower == nil && related == nil && inSchemes == nil && topConceptOf == nil
    }
}
