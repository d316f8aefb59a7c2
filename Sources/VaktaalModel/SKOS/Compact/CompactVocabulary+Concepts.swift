extension CompactVocabulary {
    /// The concept in a row, as a model value with new strings.
    func concept(at row: Int) -> Concept {
        var reader = FreshTerms(terms)
        return concept(at: row, &reader)
    }

    /// The concept in a row, as a model value, its strings from `reader`.
    func concept<Reader: TermReader>(at row: Int, _ reader: inout Reader) -> Concept {
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
            }
            start = end
        }
        return concept
    }

    /// The values of one field of a row (each row keeps its values sorted by field).
    func values(_ field: ConceptField, at row: Int) -> ArraySlice<ConceptValue> {
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
    func iris(_ field: ConceptField, at row: Int) -> [String] {
        values(field, at: row).map { terms.string($0.id) }
    }

    /// Every label of a kind of a row, plain and SKOS-XL together (as ``Concept/allLabels(_:)``).
    func allLabels(_ kind: LabelKind, at row: Int) -> [LangString] {
        var reader = FreshTerms(terms)
        return values(ConceptField(label: kind), at: row).map { reader.langString($0.id) }
            + values(ConceptField(xlLabel: kind), at: row).map { reader.langString(xlLabels[Int($0.id)].form) }
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

    /// The lexical form of the first notation of a row.
    func firstNotation(at row: Int) -> String? {
        values(.notation, at: row).first.map { terms.string($0.id) }
    }

    /// Whether two rows, of this vocabulary and another, hold the same concept: the same IRI,
    /// flags and values in the same order. Cheaper than making and comparing ``Concept`` values.
    func sameConcept(at row: Int, as other: CompactVocabulary, at otherRow: Int) -> Bool {
        let lhs = rows[row], rhs = other.rows[otherRow]
        guard lhs.isTyped == rhs.isTyped, lhs.isDeprecated == rhs.isDeprecated, lhs.values.count == rhs.values.count,
              TermTable.same(lhs.iri, in: terms, rhs.iri, in: other.terms) else { return false }
        for (left, right) in zip(values[lhs.values], other.values[rhs.values]) {
            guard left.field == right.field else { return false }
            if left.field.xlLabelKind != nil {
                let a = xlLabels[Int(left.id)], b = other.xlLabels[Int(right.id)]
                guard TermTable.same(a.resource, in: terms, b.resource, in: other.terms),
                      TermTable.same(a.form, in: terms, b.form, in: other.terms) else { return false }
            } else if !TermTable.same(left.id, in: terms, right.id, in: other.terms) {
                return false
            }
        }
        return true
    }
}
