/// The model values a snapshot keeps as they are (schemes, collections, mappings: few, next to
/// the concepts, which are kept as term rows).
extension SnapshotWriter {
    mutating func literal(_ value: Literal) {
        string(value.lexicalForm)
        optionalString(value.language)
        optionalString(value.datatype)
    }

    mutating func literals(_ values: [Literal]) {
        integer(UInt32(values.count))
        for value in values { literal(value) }
    }

    mutating func langStrings(_ values: [LangString]) {
        integer(UInt32(values.count))
        for value in values {
            string(value.value)
            optionalString(value.language)
        }
    }

    mutating func term(_ value: Term) {
        switch value {
        case .iri(let iri): integer(UInt8(0)); string(iri)
        case .blank(let label): integer(UInt8(1)); string(label)
        case .literal(let literal): integer(UInt8(2)); self.literal(literal)
        }
    }

    mutating func scheme(_ scheme: ConceptScheme) {
        string(scheme.iri)
        langStrings(scheme.prefLabels)
        langStrings(scheme.titles)
        langStrings(scheme.descriptions)
        literals(scheme.notations)
        strings(scheme.topConcepts)
        literals(scheme.versions)
        for kind in DateKind.allCases { literals(scheme.dates[kind] ?? []) }
    }

    mutating func collection(_ collection: SKOSCollection) {
        string(collection.iri)
        flag(collection.isOrdered)
        langStrings(collection.prefLabels)
        strings(collection.members)
    }

    mutating func mapping(_ mapping: Mapping) {
        string(mapping.subject)
        string(mapping.type.rawValue)
        string(mapping.object)
        flag(mapping.confidenceLiteral != nil)
        if let confidence = mapping.confidenceLiteral { literal(confidence) }
        optionalString(mapping.justification)
        strings(mapping.authors)
        flag(mapping.date != nil)
        if let date = mapping.date { literal(date) }
        langStrings(mapping.comment.map { [$0] } ?? [])
        optionalString(mapping.mappingSet)
        flag(mapping.annotation != nil)
        if let annotation = mapping.annotation { term(annotation) }
        flag(mapping.isAsserted)
    }
}
