extension VocabularyBuilder {
    /// Reads a concept's triples into a row; the values go in field order, each field's values in
    /// source order.
    mutating func readConcept(_ subject: TermID, _ members: ArraySlice<UInt32>, typed: Bool) {
        pending.removeAll(keepingCapacity: true)
        var deprecated = false
        for index in members where readConceptTriple(triples[Int(index)], role(index), deprecated: &deprecated) {
            consumed[Int(index)] = true
        }
        let start = result.values.count
        appendInFieldOrder(pending)
        let row = ConceptRow(iri: subject, isTyped: typed, isDeprecated: deprecated, values: start..<result.values.count)
        result.upsert(row, iri: string(subject))
    }

    /// Takes one triple into the concept being read; returns whether it was understood.
    private mutating func readConceptTriple(_ triple: StoredTriple, _ role: KnownProperty?, deprecated: inout Bool) -> Bool {
        guard let role else { return false }
        let object = triple.object
        switch role {
        case .type:
            return object == known.concept
        case .prefLabel, .altLabel, .hiddenLabel:
            guard terms.isLangString(object) else { return false }
            pending.append(ConceptValue(field: role, id: labelTerm(object)))
        case .definition, .scopeNote, .note, .example, .historyNote, .editorialNote, .changeNote:
            guard terms.isLangString(object) else { return false }
            pending.append(ConceptValue(field: role, id: labelTerm(object)))
        case .notation:
            guard terms.isLiteral(object) else { return false }
            pending.append(ConceptValue(field: .notation, id: object))
        case .exactMatch, .closeMatch, .broadMatch, .narrowMatch, .relatedMatch:
            guard terms.isIRI(object) else { return false }
            let type = role.matchType!
            unannotatedMappings[MappingKey(subject: triple.subject, type: type, object: object)] = result.mappings.count
            result.mappings.append(Mapping(subject: string(triple.subject), type: type, object: string(object)))
        case .broader, .narrower, .related, .inScheme, .topConceptOf, .replacedBy:
            guard terms.isIRI(object) else { return false }
            pending.append(ConceptValue(field: role, id: object))
        case .xlPrefLabel, .xlAltLabel, .xlHiddenLabel:
            guard let label = xlLabel(object) else { return false }
            pending.append(ConceptValue(field: role, id: label))
        case .deprecated:
            guard known.isTrue(object, in: terms) else { return false }
            deprecated = true
        case .created, .modified, .issued:
            guard terms.isLiteral(object) else { return false }
            pending.append(ConceptValue(field: role, id: object))
        default:
            return false
        }
        return true
    }

    /// Reads a SKOS-XL label resource with exactly one language-string literal form; returns the
    /// label's index in ``CompactVocabulary/xlLabels``.
    private mutating func xlLabel(_ resource: TermID) -> TermID? {
        guard !terms.isLiteral(resource) else { return nil }
        var form: UInt32?
        for index in groups.triples(of: resource) where role(index) == .literalForm {
            guard form == nil else { return nil }
            form = index
        }
        guard let form, terms.isLangString(triples[Int(form)].object) else { return nil }
        consumed[Int(form)] = true
        result.xlLabels.append((resource, labelTerm(triples[Int(form)].object)))
        return TermID(result.xlLabels.count - 1)
    }

    /// Appends values sorted by field, keeping the order within each field (a counting sort).
    private mutating func appendInFieldOrder(_ values: [ConceptValue]) {
        var sorted = true
        for index in values.indices.dropFirst() where values[index].field.rawValue < values[index - 1].field.rawValue {
            sorted = false
            break
        }
        if sorted {
            result.values.append(contentsOf: values)
            return
        }
        for field in fieldStarts.indices { fieldStarts[field] = 0 }
        for value in values { fieldStarts[Int(value.field.rawValue) + 1] += 1 }
        for field in 1..<fieldStarts.count { fieldStarts[field] += fieldStarts[field - 1] }
        let base = result.values.count
        result.values.append(contentsOf: values)
        for value in values {
            result.values[base + fieldStarts[Int(value.field.rawValue)]] = value
            fieldStarts[Int(value.field.rawValue)] += 1
        }
    }
}
