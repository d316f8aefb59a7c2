extension VocabularyDiffer {
    /// Fills in the counts that follow from the details (the link counts are gathered on the way).
    mutating func summarize(mappings: [MappingChange], schemes: [SchemeChange], collections: [CollectionChange],
                            impact: [BrokenMapping]?) {
        summary.concepts = .init(added: added.count, removed: removed.count, changed: changed.count)
        summary.replaced = removed.filter { !$0.replacedBy.isEmpty }.count
        for change in changed {
            if change.deprecation == .deprecated { summary.deprecated += 1 }
            if change.deprecation == .undeprecated { summary.undeprecated += 1 }
            if change.replacedBy?.added.isEmpty == false { summary.replaced += 1 }
            if change.moved == true { summary.moved += 1 }
            if change.notations != nil { summary.notations += 1 }
            for label in change.labels ?? [] { count(label) }
            for note in change.notes ?? [] { summary.notes[note.property, default: 0] += 1 }
        }
        for mapping in mappings {
            switch mapping.change {
            case .added: summary.mappings[mapping.targetScheme, default: .init()].added += 1
            case .removed: summary.mappings[mapping.targetScheme, default: .init()].removed += 1
            case .retyped: summary.mappings[mapping.targetScheme, default: .init()].changed += 1
            }
        }
        for scheme in schemes { summary.topConcepts.add(scheme.topConcepts) }
        summary.schemes = tally(schemes.map(\.change))
        summary.collections = tally(collections.map(\.change))
        summary.brokenMappings = impact?.count
    }

    private mutating func count(_ label: TextChange) {
        switch LabelKind(rawValue: label.property) {
        case .preferred:
            switch label.change {
            case .changed: summary.prefLabels.changed += 1
            case .languageAdded: summary.prefLabels.languagesAdded += 1
            case .languageDropped: summary.prefLabels.languagesDropped += 1
            }
        case .alternative:
            summary.altLabels.added += label.added.count
            summary.altLabels.removed += label.removed.count
        case .hidden:
            summary.hiddenLabels.added += label.added.count
            summary.hiddenLabels.removed += label.removed.count
        case nil: break
        }
    }

    private func tally(_ changes: [SchemeChange.Change]) -> DiffSummary.ChangeCount {
        changes.reduce(into: DiffSummary.ChangeCount()) { count, change in
            switch change {
            case .added: count.added += 1
            case .removed: count.removed += 1
            case .changed: count.changed += 1
            }
        }
    }
}
