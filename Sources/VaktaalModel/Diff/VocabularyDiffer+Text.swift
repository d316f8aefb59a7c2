extension VocabularyDiffer {
    /// Label changes per kind and language, plain and SKOS-XL labels together.
    func labelChanges(_ before: Concept, _ after: Concept) -> [TextChange]? {
        var changes: [TextChange] = []
        for kind in LabelKind.allCases {
            changes += textChanges(kind.rawValue, before.allLabels(kind), after.allLabels(kind))
        }
        return changes.isEmpty ? nil : changes
    }

    /// Definition and note changes per kind and language.
    func noteChanges(_ before: Concept, _ after: Concept) -> [TextChange]? {
        var changes: [TextChange] = []
        for kind in NoteKind.allCases {
            changes += textChanges(kind.rawValue, before.notes(kind), after.notes(kind))
        }
        return changes.isEmpty ? nil : changes
    }

    /// The changes of one property, one per language whose values differ, by language.
    func textChanges(_ property: String, _ before: [LangString], _ after: [LangString]) -> [TextChange] {
        guard before != after else { return [] }
        let old = byLanguage(before), new = byLanguage(after)
        let languages = Set(old.keys).union(new.keys).sorted { ($0 ?? "") < ($1 ?? "") }
        return languages.compactMap { language in
            TextChange.compare(property: property, language: language, old: old[language] ?? [], new: new[language] ?? [])
        }
    }

    private func byLanguage(_ strings: [LangString]) -> [String?: Set<String>] {
        var result: [String?: Set<String>] = [:]
        for string in strings where options.accepts(language: string.language) {
            result[string.language, default: []].insert(string.value)
        }
        return result
    }
}
