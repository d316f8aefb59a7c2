/// The counts of a ``VocabularyDiff``, shown before its details.
///
/// Counts of statements between concepts (`broader`, `narrower`, `hierarchy`, `related`,
/// `inScheme`, `topConcepts`, `mappings`) cover every concept in scope, so the links of added and
/// removed concepts count too, as skos-history counts them. Counts of labels, notations and notes
/// cover the concepts present in both versions.
public struct DiffSummary: Hashable, Sendable, Codable {
    /// Concepts added, removed, and present in both with changes.
    public var concepts = ChangeCount()
    /// Concepts newly deprecated (`owl:deprecated`).
    public var deprecated = 0
    /// Concepts deprecated before and no longer.
    public var undeprecated = 0
    /// Concepts that gained a replacement (`dcterms:isReplacedBy`), kept or removed.
    public var replaced = 0
    /// Preferred labels changed per (concept, language), and languages added or dropped.
    public var prefLabels = PrefLabelCount()
    /// Alternative labels added and removed (values).
    public var altLabels = LinkCount()
    /// Hidden labels added and removed (values).
    public var hiddenLabels = LinkCount()
    /// Concepts whose notations changed.
    public var notations = 0
    /// Notes changed per (concept, language), by kind (`definition`, `scopeNote`, …).
    public var notes: [String: Int] = [:]
    /// `skos:broader` statements added and removed.
    public var broader = LinkCount()
    /// `skos:narrower` statements added and removed.
    public var narrower = LinkCount()
    /// Child–parent links added and removed, `broader` and `narrower` merged.
    public var hierarchy = LinkCount()
    /// Concepts in both versions whose broader concept was replaced by another.
    public var moved = 0
    /// `skos:related` statements added and removed.
    public var related = LinkCount()
    /// `skos:inScheme` statements added and removed.
    public var inScheme = LinkCount()
    /// Top concepts added and removed, over all schemes in scope.
    public var topConcepts = LinkCount()
    /// Mapping pairs added, removed and retyped (`changed`), by target scheme.
    public var mappings: [String: ChangeCount] = [:]
    /// Concept schemes added, removed and changed.
    public var schemes = ChangeCount()
    /// Collections added, removed and changed.
    public var collections = ChangeCount()
    /// Mappings in other vocabularies broken by the new version; nil when not assessed.
    public var brokenMappings: Int?

    /// Creates empty counts.
    public init() {}

    /// Mapping counts over all target schemes.
    public var mappingTotal: ChangeCount {
        mappings.values.reduce(into: ChangeCount()) { total, count in
            total.added += count.added
            total.removed += count.removed
            total.changed += count.changed
        }
    }
}
