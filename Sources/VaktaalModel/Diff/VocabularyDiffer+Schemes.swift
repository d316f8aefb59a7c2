extension VocabularyDiffer {
    /// Schemes added, removed, or with changed metadata or top concepts.
    func compareSchemes() -> [SchemeChange] {
        let prefixes = PrefixTable([new.vocabulary.prefixes, old.vocabulary.prefixes])
        var iris = Set(old.vocabulary.schemes.map(\.iri)).union(new.vocabulary.schemes.map(\.iri))
        if let only = options.scheme { iris = iris.intersection([only]) }
        return iris.sorted().compactMap { iri in
            let before = old.vocabulary.scheme(iri), after = new.vocabulary.scheme(iri)
            let name = (after ?? before)?.name(options.displayLanguage)
            guard let before, let after else {
                return SchemeChange(iri: iri, name: name, change: before == nil ? .added : .removed)
            }
            let properties = propertyChanges(old.properties(of: before, prefixes), new.properties(of: after, prefixes))
            let tops = SetDelta(old: old.topConcepts[iri] ?? [], new: new.topConcepts[iri] ?? []).nonEmpty
            guard !properties.isEmpty || tops != nil else { return nil }
            return SchemeChange(iri: iri, name: name, change: .changed, properties: properties, topConcepts: tops)
        }
    }

    private func propertyChanges(_ before: [String: Set<String>], _ after: [String: Set<String>]) -> [PropertyChange] {
        Set(before.keys).union(after.keys).sorted().compactMap { property in
            let old = before[property] ?? [], new = after[property] ?? []
            guard old != new else { return nil }
            return PropertyChange(property: property, added: Array(new.subtracting(old)), removed: Array(old.subtracting(new)))
        }
    }

    /// Collections added, removed, or with changed labels or members.
    func compareCollections() -> [CollectionChange] {
        let before = Dictionary(old.vocabulary.collections.map { ($0.iri, $0) }) { first, _ in first }
        let after = Dictionary(new.vocabulary.collections.map { ($0.iri, $0) }) { first, _ in first }
        return Set(before.keys).union(after.keys).sorted().compactMap { iri in
            let old = before[iri], new = after[iri]
            let label = (new ?? old)?.prefLabels.best(for: options.displayLanguage)?.value
            let ordered = (new ?? old)?.isOrdered ?? false
            guard let old, let new else {
                return CollectionChange(iri: iri, label: label, change: old == nil ? .added : .removed, ordered: ordered)
            }
            let labels = textChanges(LabelKind.preferred.rawValue, old.prefLabels, new.prefLabels)
            let members = SetDelta.between(old.members, new.members)
            guard !labels.isEmpty || members != nil || old.isOrdered != new.isOrdered else { return nil }
            return CollectionChange(iri: iri, label: label, change: .changed, ordered: ordered,
                                    labels: labels.isEmpty ? nil : labels, members: members)
        }
    }
}

extension VersionFacts {
    /// The values stated on a scheme (modelled and extra), by prefixed property name, as
    /// N-Triples-like strings. Blank nodes are left out: their labels mean nothing across files.
    func properties(of scheme: ConceptScheme, _ prefixes: PrefixTable) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        func add(_ property: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            result[prefixes.compact(property), default: []].formUnion(values)
        }
        add(Namespace.skos + "prefLabel", scheme.prefLabels.map(\.literal.description))
        add(Namespace.dcterms + "title", scheme.titles.map(\.literal.description))
        add(Namespace.dcterms + "description", scheme.descriptions.map(\.literal.description))
        add(Namespace.skos + "notation", scheme.notations.map(\.description))
        add(Namespace.owl + "versionInfo", scheme.versions.map(\.description))
        for kind in DateKind.allCases { add(kind.property, (scheme.dates[kind] ?? []).map(\.description)) }
        for triple in schemeTriples[scheme.iri] ?? [] where !triple.object.isBlank {
            add(triple.predicate, [triple.object.description])
        }
        return result
    }
}
