extension VocabularyStatistics {
    /// Computes the statistics of a vocabulary.
    public init(_ vocabulary: Vocabulary) {
        schemes = vocabulary.schemes.count
        concepts = vocabulary.concepts.count
        collections = vocabulary.collections.count
        deprecatedConcepts = vocabulary.concepts.filter(\.isDeprecated).count
        var labels: [String: [String: Int]] = [:]
        var notes: [String: Int] = [:]
        var relations = ["broader": 0, "narrower": 0, "related": 0]
        for concept in vocabulary.concepts {
            for kind in LabelKind.allCases {
                for label in concept.allLabels(kind) { labels[kind.rawValue, default: [:]][label.language ?? "none", default: 0] += 1 }
            }
            for (kind, values) in concept.notes { notes[kind.rawValue, default: 0] += values.count }
            relations["broader"]! += concept.broader.count
            relations["narrower"]! += concept.narrower.count
            relations["related"]! += concept.related.count
        }
        self.labels = labels
        self.notes = notes
        self.relations = relations
        mappings = Dictionary(grouping: vocabulary.mappings, by: { $0.type.rawValue }).mapValues(\.count)
        extraTriples = vocabulary.extraTriples.count
        let index = SchemeIndex(vocabulary)
        let depths = index.hierarchy.depths(of: vocabulary.concepts.map(\.iri))
        perScheme = vocabulary.schemes.map { index.counts(for: $0, in: vocabulary, depths: depths) }
        mappingSets = index.mappingSets(vocabulary)
    }
}

/// Which scheme each concept is in, for per-scheme counts.
struct SchemeIndex {
    var schemeOf: [String: String] = [:]
    var conceptCount: [String: Int] = [:]
    let hierarchy: HierarchyIndex
    let mappedSubjects: Set<String>

    init(_ vocabulary: Vocabulary) {
        hierarchy = HierarchyIndex(vocabulary)
        mappedSubjects = Set(vocabulary.mappings.map(\.subject))
        for concept in vocabulary.concepts {
            guard let scheme = vocabulary.schemes(of: concept).first else { continue }
            schemeOf[concept.iri] = scheme
            conceptCount[scheme, default: 0] += 1
        }
    }

    /// The scheme of a concept, or for unknown concepts the IRI up to its last `/` or `#`.
    func scheme(of iri: String) -> String {
        if let scheme = schemeOf[iri] { return scheme }
        guard let cut = iri.lastIndex(where: { $0 == "/" || $0 == "#" }) else { return iri }
        return String(iri[..<cut])
    }

    func counts(for scheme: ConceptScheme, in vocabulary: Vocabulary, depths: [String: Int]) -> VocabularyStatistics.SchemeCounts {
        let members = vocabulary.concepts.filter { schemeOf[$0.iri] == scheme.iri }
        let mapped = members.filter { mappedSubjects.contains($0.iri) }.count
        let depth = members.map { depths[$0.iri] ?? hierarchy.depth(of: $0.iri) }.max() ?? 0
        let tops = Set(scheme.topConcepts + members.filter { $0.topConceptOf.contains(scheme.iri) }.map(\.iri)).count
        return .init(iri: scheme.iri, name: scheme.name("nl"), concepts: members.count, topConcepts: tops, depth: depth,
                     mappedConcepts: mapped, mappedShare: members.isEmpty ? 0 : Double(mapped) / Double(members.count))
    }

    func mappingSets(_ vocabulary: Vocabulary) -> [VocabularyStatistics.MappingSetCounts] {
        let groups = Dictionary(grouping: vocabulary.mappings) { [scheme(of: $0.subject), scheme(of: $0.object)] }
        return groups.map { key, mappings in
            let subjects = Set(mappings.map(\.subject)).count
            return VocabularyStatistics.MappingSetCounts(
                fromScheme: key[0], toScheme: key[1], mappings: mappings.count,
                byType: Dictionary(grouping: mappings, by: { $0.type.rawValue }).mapValues(\.count),
                subjects: subjects,
                coverage: conceptCount[key[0]].map { Double(subjects) / Double($0) },
                withConfidence: mappings.filter { $0.confidence != nil }.count,
                withJustification: mappings.filter { $0.justification != nil }.count)
        }.sorted { ($0.fromScheme, $0.toScheme) < ($1.fromScheme, $1.toScheme) }
    }
}
