/// Computes a ``VocabularyDiff``: one pass over the concepts of both versions with hash lookups by
/// IRI, then the mappings, schemes and collections. Nothing here is quadratic in the number of
/// concepts.
struct VocabularyDiffer {
    let old: VersionFacts
    let new: VersionFacts
    let options: DiffOptions
    /// Concepts of the selected scheme in either version; nil when there is no scheme filter.
    let scope: Set<String>?

    var summary = DiffSummary()
    var added: [ConceptEntry] = []
    var removed: [ConceptEntry] = []
    var changed: [ConceptChange] = []
    /// Every concept IRI the result mentions, to name in ``VocabularyDiff/names``.
    var referenced: Set<String> = []

    init(old: CompactVocabulary, new: CompactVocabulary, options: DiffOptions) {
        self.old = VersionFacts(old)
        self.new = VersionFacts(new)
        self.options = options
        scope = options.scheme.map { scheme in
            var members: Set<String> = []
            for vocabulary in [old, new] {
                for row in 0..<vocabulary.conceptCount where vocabulary.schemes(ofConceptAt: row).contains(scheme) {
                    members.insert(vocabulary.iri(at: row))
                }
            }
            return members
        }
    }

    /// Whether an IRI is inside the scheme filter.
    func inScope(_ iri: String) -> Bool { scope?.contains(iri) ?? true }

    mutating func run(others: [(name: String, vocabulary: Vocabulary)]?) -> VocabularyDiff {
        compareConcepts()
        countHierarchyLinksOfNonConcepts()
        let mappings = compareMappings()
        let schemes = compareSchemes()
        let collections = options.scheme == nil ? compareCollections() : []
        let impact = others.map { assessImpact(on: $0) }
        summarize(mappings: mappings, schemes: schemes, collections: collections, impact: impact)
        for mapping in mappings { referenced.formUnion([mapping.subject, mapping.object]) }
        for scheme in schemes { referenced.formUnion((scheme.topConcepts?.added ?? []) + (scheme.topConcepts?.removed ?? [])) }
        for entry in impact ?? [] { referenced.formUnion([entry.subject, entry.object] + entry.replacedBy) }
        return VocabularyDiff(summary: summary, added: added, removed: removed, changed: changed, mappings: mappings,
                              schemes: schemes, collections: collections, impact: impact, names: names())
    }

    /// The display name of every referenced IRI that is a concept of either version.
    private func names() -> [String: ConceptName] {
        var result: [String: ConceptName] = [:]
        for iri in referenced {
            guard let name = name(of: iri) else { continue }
            if name.label != nil || name.notation != nil { result[iri] = name }
        }
        return result
    }

    /// The name of a concept for entries: from the new version, else the old.
    func name(of iri: String) -> ConceptName? {
        if let row = new.vocabulary.row(of: iri) { return new.name(at: row, language: options.displayLanguage) }
        return old.vocabulary.row(of: iri).map { old.name(at: $0, language: options.displayLanguage) }
    }
}
