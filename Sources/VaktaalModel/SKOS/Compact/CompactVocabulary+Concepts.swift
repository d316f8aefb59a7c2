extension CompactVocabulary {
    /// The concept in a row, as a model value with new strings; with only some of its
    /// properties when `fields` says so (the others left empty).
    func concept(at row: Int, fields: ConceptFields = .all) -> Concept {
        var reader = FreshTerms(terms)
        return concept(at: row, fields: fields, &reader)
    }

    /// The concept in a row, as a model value, its strings from `reader`.
    func concept<Reader: TermReader>(at row: Int, fields: ConceptFields = .all, _ reader: inout Reader) -> Concept {
        let info = rows[row]
        var concept = Concept(iri: reader.string(info.iri))
        concept.isTyped = info.isTyped
        concept.isDeprecated = info.isDeprecated
        var start = info.values.lowerBound
        while start < info.values.upperBound {
            let field = values[start].field
            var end = start + 1
            while end < info.values.upperBound, values[end].field == field { end += 1 }
            let run = values[start..<end]
            if !fields.contains(field) {
                start = end
                continue
            }
            switch field {
            case .notation: concept.notations = run.map { reader.literal($0.id) }
            case .prefLabel, .altLabel, .hiddenLabel: concept.labels[field.labelKind!] = run.map { reader.langString($0.id) }
            case .xlPrefLabel, .xlAltLabel, .xlHiddenLabel:
                concept.xlLabels[field.xlLabelKind!] = run.map { value in
                    let label = xlLabels[Int(value.id)]
                    return XLLabel(resource: reader.term(label.resource), literalForm: reader.langString(label.form))
                }
            case .definition, .scopeNote, .note, .example, .historyNote, .editorialNote, .changeNote:
                concept.notes[field.noteKind!] = run.map { reader.langString($0.id) }
            case .broader: concept.broader = run.map { reader.string($0.id) }
            case .narrower: concept.narrower = run.map { reader.string($0.id) }
            case .related: concept.related = run.map { reader.string($0.id) }
            case .inScheme: concept.inSchemes = run.map { reader.string($0.id) }
            case .topConceptOf: concept.topConceptOf = run.map { reader.string($0.id) }
            case .replacedBy: concept.replacedBy = run.map { reader.string($0.id) }
            case .created, .modified, .issued: concept.dates[field.dateKind!] = run.map { reader.literal($0.id) }
            default: assertionFailure("a row keeps concept fields only, not \(field)")
            }
            start = end
        }
        return concept
    }

    /// The values of one field of a row (each row keeps its values sorted by field).
    func values(_ field: KnownProperty, at row: Int) -> ArraySlice<ConceptValue> {
        let range = rows[row].values
        var low = range.lowerBound, high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if values[middle].field.rawValue < field.rawValue { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < range.upperBound, values[end].field == field { end += 1 }
        return values[low..<end]
    }

    /// The IRIs of a link field of a row (`broader`, `replacedBy`…), in source order.
    func iris(_ field: KnownProperty, at row: Int) -> [String] {
        values(field, at: row).map { terms.string($0.id) }
    }

    /// The schemes of the concept in a row, as ``Vocabulary/schemes(of:)`` finds them.
    func schemes(ofConceptAt row: Int) -> [String] {
        let inSchemes = iris(.inScheme, at: row)
        var result = inSchemes + iris(.topConceptOf, at: row).filter { !inSchemes.contains($0) }
        if result.isEmpty {
            let iri = iri(at: row)
            result = schemes.filter { $0.topConcepts.contains(iri) }.map(\.iri)
        }
        return result
    }

    /// The label of a kind that `allLabels(kind).best(for: language)` picks for a row (see
    /// ``LangString``), making only that string: the language's, else English, else untagged,
    /// else the first.
    func bestLabel(_ kind: LabelKind, at row: Int, for language: String) -> String? {
        var ids = values(KnownProperty(label: kind), at: row).map(\.id)
        ids += values(KnownProperty(xlLabel: kind), at: row).map { xlLabels[Int($0.id)].form }
        guard !ids.isEmpty else { return nil }
        let tags = ids.map { terms.kind($0) == .languageLiteral ? terms.string(terms.attribute($0)) : nil }
        let wanted = language.lowercased()
        let index = tags.firstIndex { $0 == wanted } ?? tags.firstIndex { $0 == "en" } ?? tags.firstIndex { $0 == nil } ?? 0
        return terms.string(ids[index])
    }

    /// The lexical form of the first notation of a row.
    func firstNotation(at row: Int) -> String? {
        values(.notation, at: row).first.map { terms.string($0.id) }
    }

    /// The fields whose values differ (in content or order) between a row of this vocabulary and
    /// a row of another.
    func differingFields(at row: Int, from other: CompactVocabulary, at otherRow: Int) -> ConceptFields {
        terms.withView { left in
            other.terms.withView { right in
                values.withUnsafeBufferPointer { leftValues in
                    other.values.withUnsafeBufferPointer { rightValues in
                        var differing = ConceptFields()
                        var i = rows[row].values.lowerBound, j = other.rows[otherRow].values.lowerBound
                        let iEnd = rows[row].values.upperBound, jEnd = other.rows[otherRow].values.upperBound
                        while i < iEnd || j < jEnd {
                            let field = i == iEnd ? rightValues[j].field
                                : j == jEnd ? leftValues[i].field : min(leftValues[i].field, rightValues[j].field)
                            var same = true
                            while i < iEnd, leftValues[i].field == field, j < jEnd, rightValues[j].field == field {
                                if same, !sameValue(leftValues[i], left, rightValues[j], right, other) { same = false }
                                i += 1
                                j += 1
                            }
                            while i < iEnd, leftValues[i].field == field { same = false; i += 1 }
                            while j < jEnd, rightValues[j].field == field { same = false; j += 1 }
                            if !same { differing.insert(field) }
                        }
                        return differing
                    }
                }
            }
        }
    }

    @inline(__always)
    private func sameValue(_ lhs: ConceptValue, _ left: TermView, _ rhs: ConceptValue, _ right: TermView,
                           _ other: CompactVocabulary) -> Bool {
        guard lhs.field.xlLabelKind != nil else { return TermView.same(lhs.id, in: left, rhs.id, in: right) }
        let a = xlLabels[Int(lhs.id)], b = other.xlLabels[Int(rhs.id)]
        return TermView.same(a.resource, in: left, b.resource, in: right) && TermView.same(a.form, in: left, b.form, in: right)
    }
}

extension CompactVocabulary {
    /// The schemes a concept belongs to, as ``Vocabulary/schemes(of:)`` finds them: its
    /// `inScheme` and `topConceptOf` schemes, else the schemes listing it as top concept.
    public func schemes(of concept: Concept) -> [String] {
        concept.schemes(listedIn: schemes)
    }
}
