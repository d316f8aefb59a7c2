extension VocabularyDiffer {
    /// Matches concepts by IRI: added, removed, and the changes of those in both. Concepts are
    /// compared row against row first; only those that differ are made into ``Concept`` values.
    mutating func compareConcepts() {
        for row in 0..<new.vocabulary.conceptCount {
            let iri = new.vocabulary.iri(at: row)
            guard inScope(iri), old.vocabulary.row(of: iri) == nil else { continue }
            let concept = new.vocabulary.concept(at: row, fields: Self.entryFields)
            added.append(entry(concept, in: new))
            countLinks(of: concept, asAdded: true)
        }
        for row in 0..<old.vocabulary.conceptCount {
            let iri = old.vocabulary.iri(at: row)
            guard inScope(iri) else { continue }
            guard let successor = new.vocabulary.row(of: iri) else {
                let concept = old.vocabulary.concept(at: row, fields: Self.entryFields)
                removed.append(entry(concept, in: old))
                countLinks(of: concept, asAdded: false)
                continue
            }
            var change = compare(old: row, new: successor)
            guard !change.isEmpty else { continue }
            let name = new.name(at: successor, language: options.displayLanguage)
            change.label = name.label ?? old.name(at: row, language: options.displayLanguage).label
            change.notation = name.notation ?? old.vocabulary.firstNotation(at: row)
            changed.append(change)
            reference(change)
        }
        added.sort { $0.iri < $1.iri }
        removed.sort { $0.iri < $1.iri }
        changed.sort { $0.iri < $1.iri }
    }

    /// What ``entry(_:in:)`` and ``countLinks(of:asAdded:)`` read of a concept.
    private static let entryFields = ConceptFields(.notation, .prefLabel, .xlPrefLabel, .broader, .narrower, .related, .inScheme)

    private mutating func entry(_ concept: Concept, in version: VersionFacts) -> ConceptEntry {
        let name = ConceptName(concept, language: options.displayLanguage)
        let broader = version.broader(of: concept.iri, stated: concept.broader)
        let replacedBy = Array(Set(new.replacements(of: concept.iri)))
        referenced.insert(concept.iri)
        referenced.formUnion(broader + replacedBy)
        return ConceptEntry(iri: concept.iri, label: name.label, notation: name.notation, broader: broader,
                            deprecated: version.isDeprecated(concept), replacedBy: replacedBy)
    }

    /// The changes of a concept present in both versions, by its rows (named by the caller, when
    /// there are any).
    private mutating func compare(old oldRow: Int, new newRow: Int) -> ConceptChange {
        let beforeIRI = old.vocabulary.iri(at: oldRow), afterIRI = new.vocabulary.iri(at: newRow)
        var change = ConceptChange(iri: afterIRI)
        switch (old.isDeprecated(at: oldRow), new.isDeprecated(at: newRow)) {
        case (false, true): change.deprecation = .deprecated
        case (true, false): change.deprecation = .undeprecated
        default: break
        }
        change.replacedBy = SetDelta.between(old.replacements(of: beforeIRI), new.replacements(of: afterIRI))
        change.broader = SetDelta.between(old.broader(of: beforeIRI, stated: old.vocabulary.iris(.broader, at: oldRow)),
                                          new.broader(of: afterIRI, stated: new.vocabulary.iris(.broader, at: newRow)))
        summary.hierarchy.add(change.broader)
        if let broader = change.broader, !broader.added.isEmpty, !broader.removed.isEmpty { change.moved = true }
        // Each change below depends on its own properties only: those that are the same in both
        // rows are left out of both concepts.
        let fields = old.vocabulary.differingFields(at: oldRow, from: new.vocabulary, at: newRow).pairingLabels
        guard !fields.isEmpty else { return change }
        let before = old.vocabulary.concept(at: oldRow, fields: fields), after = new.vocabulary.concept(at: newRow, fields: fields)
        guard before != after else { return change }
        change.notations = notationDelta(before.notations, after.notations)
        change.labels = labelChanges(before, after)
        change.notes = noteChanges(before, after)
        change.narrower = SetDelta.between(before.narrower, after.narrower)
        change.related = SetDelta.between(before.related, after.related)
        change.inSchemes = SetDelta.between(before.inSchemes, after.inSchemes)
        change.topConceptOf = SetDelta.between(before.topConceptOf, after.topConceptOf)
        summary.broader.add(SetDelta.between(before.broader, after.broader))
        summary.narrower.add(change.narrower)
        summary.related.add(change.related)
        summary.inScheme.add(change.inSchemes)
        return change
    }

    private func notationDelta(_ before: [Literal], _ after: [Literal]) -> SetDelta<String>? {
        guard before != after else { return nil }
        let old = Set(before), new = Set(after)
        guard old != new else { return nil }
        return SetDelta(added: new.subtracting(old).map(\.lexicalForm), removed: old.subtracting(new).map(\.lexicalForm))
    }

    /// Counts the statements of an added or removed concept, and its place in the merged
    /// hierarchy, as links added or removed.
    private mutating func countLinks(of concept: Concept, asAdded: Bool) {
        let hierarchy = (asAdded ? new : old).broader(of: concept.iri, stated: concept.broader).count
        let counts = [Set(concept.broader).count, Set(concept.narrower).count, Set(concept.related).count,
                      Set(concept.inSchemes).count, hierarchy]
        let paths: [WritableKeyPath<DiffSummary, DiffSummary.LinkCount>] = [\.broader, \.narrower, \.related, \.inScheme, \.hierarchy]
        for (path, count) in zip(paths, counts) {
            if asAdded { summary[keyPath: path].added += count } else { summary[keyPath: path].removed += count }
        }
    }

    private mutating func reference(_ change: ConceptChange) {
        referenced.insert(change.iri)
        for delta in [change.replacedBy, change.broader, change.narrower, change.related] {
            referenced.formUnion((delta?.added ?? []) + (delta?.removed ?? []))
        }
    }
}
