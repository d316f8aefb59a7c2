extension CompactVocabulary {
    /// The concepts a user means by `key`, as ``Vocabulary/concepts(named:)`` finds them: the
    /// concept with that IRI, else those with that notation, else those whose preferred label is
    /// `key` (ignoring case). Only the concepts found are made into model values.
    public func concepts(named key: String) -> [Concept] {
        if let concept = concept(key) { return [concept] }
        var key = key
        let byNotation = key.withUTF8 { bytes in
            rows.indices.filter { row in values(.notation, at: row).contains { terms.hasText($0.id, UnsafeRawBufferPointer(bytes)) } }
        }
        if !byNotation.isEmpty { return byNotation.map { concept(at: $0) } }
        let lowered = key.lowercased()
        return rows.indices.filter { row in
            values(.prefLabel, at: row).contains { terms.string($0.id).lowercased() == lowered }
                || values(.xlPrefLabel, at: row).contains { terms.string(xlLabels[Int($0.id)].form).lowercased() == lowered }
        }.map { concept(at: $0) }
    }

    /// A small vocabulary around some concepts, holding everything a report on them reads: the
    /// concepts; every concept they name (broader, narrower, related, replaced by, mapped to) and
    /// every concept naming them as broader or narrower, so that ``HierarchyIndex`` over it gives
    /// their place in the hierarchy as over the whole; all schemes and mappings; and the
    /// mapping-set labels of targets that are not loaded (``Vocabulary/objectLabels()``).
    /// - Parameter iris: The concepts' IRIs.
    public func neighbourhood(of iris: [String]) -> Vocabulary {
        let found = Set(iris)
        var named = found
        for iri in iris {
            guard let row = row(of: iri) else { continue }
            for field in [KnownProperty.broader, .narrower, .related, .replacedBy] { named.formUnion(self.iris(field, at: row)) }
        }
        for mapping in mappings where found.contains(mapping.subject) || found.contains(mapping.object) {
            named.formUnion([mapping.subject, mapping.object])
        }
        var wanted = Set(named.compactMap { row(of: $0) })
        // Concepts that name one of them as broader or narrower, found by term id: no string made.
        let ids = Set(iris.compactMap { row(of: $0).map { rows[$0].iri } })
        for row in rows.indices where !wanted.contains(row) {
            if values(.broader, at: row).contains(where: { ids.contains($0.id) }) || values(.narrower, at: row).contains(where: { ids.contains($0.id) }) {
                wanted.insert(row)
            }
        }
        var result = Vocabulary()
        for scheme in schemes { result.upsert(scheme) }
        var reader = FreshTerms(terms)
        for row in wanted.sorted() { result.upsert(concept(at: row, &reader)) }
        result.mappings = mappings
        var objectLabel = Namespace.sssom + "object_label"
        result.extraTriples = objectLabel.withUTF8 { name in
            extraTriples.filter { terms.hasText($0.predicate, UnsafeRawBufferPointer(name)) }
        }.map { triple in
            Triple(reader.term(triple.subject), reader.string(triple.predicate), reader.term(triple.object))
        }
        result.prefixes = prefixes
        return result
    }
}
