/// The differences between two versions of a vocabulary, at the level of concepts: concepts
/// matched by IRI, added, removed, deprecated or replaced; their labels, notations and notes per
/// language; the hierarchy, related links and mappings; scheme metadata and collections; and,
/// optionally, the mappings in other vocabularies that the new version breaks.
///
/// Every list is sorted (concepts by IRI, changes by property and language), so the same two
/// inputs always give the same result.
public struct VocabularyDiff: Sendable, Codable {
    /// The counts.
    public var summary: DiffSummary
    /// Concepts only in the new version, by IRI.
    public var added: [ConceptEntry]
    /// Concepts only in the old version, by IRI.
    public var removed: [ConceptEntry]
    /// Concepts in both versions with differences, by IRI.
    public var changed: [ConceptChange]
    /// Mapping pairs added, removed or retyped, by subject and target.
    public var mappings: [MappingChange]
    /// Concept schemes added, removed or changed, by IRI.
    public var schemes: [SchemeChange]
    /// Collections added, removed or changed, by IRI.
    public var collections: [CollectionChange]
    /// Mappings in other vocabularies to concepts removed or newly deprecated; nil when no other
    /// vocabularies were given.
    public var impact: [BrokenMapping]?
    /// Label and notation of every concept IRI the diff mentions (from the new version, else the
    /// old), for showing IRIs to people.
    public var names: [String: ConceptName]

    /// Compares two versions of a vocabulary.
    /// - Parameters:
    ///   - old: The earlier version.
    ///   - new: The later version.
    ///   - options: Language and scheme filters, and the display language.
    ///   - others: Other vocabularies, by name, whose mappings to removed or newly deprecated
    ///     concepts are reported as ``impact``; nil to skip that.
    public init(old: Vocabulary, new: Vocabulary, options: DiffOptions = DiffOptions(),
                others: [(name: String, vocabulary: Vocabulary)]? = nil) {
        self.init(old: CompactVocabulary(old), new: CompactVocabulary(new), options: options, others: others)
    }

    /// Compares two versions of a vocabulary held in compact form (what `vaktaal diff` loads:
    /// a fraction of the memory of two ``Vocabulary`` values).
    /// - Parameters:
    ///   - old: The earlier version.
    ///   - new: The later version.
    ///   - options: Language and scheme filters, and the display language.
    ///   - others: Other vocabularies, by name, whose mappings to removed or newly deprecated
    ///     concepts are reported as ``impact``; nil to skip that.
    public init(old: CompactVocabulary, new: CompactVocabulary, options: DiffOptions = DiffOptions(),
                others: [(name: String, vocabulary: Vocabulary)]? = nil) {
        var differ = VocabularyDiffer(old: old, new: new, options: options)
        self = differ.run(others: others)
    }

    /// Creates a diff from its parts.
    init(summary: DiffSummary, added: [ConceptEntry], removed: [ConceptEntry], changed: [ConceptChange],
         mappings: [MappingChange], schemes: [SchemeChange], collections: [CollectionChange],
         impact: [BrokenMapping]?, names: [String: ConceptName]) {
        self.summary = summary
        self.added = added
        self.removed = removed
        self.changed = changed
        self.mappings = mappings
        self.schemes = schemes
        self.collections = collections
        self.impact = impact
        self.names = names
    }

    /// Whether the two versions differ in anything the diff looks at.
    public var hasDifferences: Bool {
        !added.isEmpty || !removed.isEmpty || !changed.isEmpty || !mappings.isEmpty || !schemes.isEmpty
            || !collections.isEmpty
    }

    /// A short name for a concept IRI: notation and label when known, else the IRI.
    public func describe(_ iri: String) -> String {
        guard let name = names[iri] else { return iri }
        let parts = [name.notation, name.label].compactMap { $0 }
        return parts.isEmpty ? iri : parts.joined(separator: " ")
    }
}
