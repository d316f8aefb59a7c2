import VaktaalModel

/// Writes one ``VaktaalModel/Mapping`` as a JSKOS mapping object, and tells which triples of the
/// vocabulary's graph the object stands for.
struct JSKOSMappingEncoder {
    /// The JSKOS mapping object, without `_triples`.
    private(set) var value = JSKOSValue.object([:])
    /// The triples the object stands for.
    private(set) var consumed: [Triple] = []

    /// Encodes a mapping of `vocabulary`; `fromScheme` and `toScheme` are written when the mapped
    /// concept is in the vocabulary and in exactly one scheme.
    init(_ mapping: Mapping, in vocabulary: Vocabulary) {
        var fields: [String: JSKOSValue] = [
            "type": .array([.string(mapping.type.property)]),
            "from": .object(["memberSet": .array([.reference(mapping.subject)])]),
            "to": .object(["memberSet": .array([.reference(mapping.object)])]),
        ]
        if let scheme = Self.onlyScheme(of: mapping.subject, in: vocabulary) { fields["fromScheme"] = .reference(scheme) }
        if let scheme = Self.onlyScheme(of: mapping.object, in: vocabulary) { fields["toScheme"] = .reference(scheme) }
        if mapping.isAsserted {
            consumed.append(Triple(.iri(mapping.subject), mapping.type.property, .iri(mapping.object)))
        } else {
            fields["_asserted"] = JSKOSValue(.bool(false))
        }
        if let node = mapping.annotation {
            encodeAnnotation(mapping, node, into: &fields)
        }
        value = .object(fields)
    }

    private static func onlyScheme(of concept: String, in vocabulary: Vocabulary) -> String? {
        guard let schemes = vocabulary.concept(concept)?.inSchemes, Set(schemes).count == 1 else { return nil }
        return schemes[0]
    }

    /// The annotation node's identity and the SSSOM provenance JSKOS has fields for.
    private mutating func encodeAnnotation(_ mapping: Mapping, _ node: Term, into fields: inout [String: JSKOSValue]) {
        switch node {
        case .iri(let iri): fields["uri"] = .string(iri)
        case .blank(let label): fields["_bnode"] = .string("_:" + label)
        case .literal: return
        }
        let owl = Namespace.owl
        consumed += [
            Triple(node, Namespace.rdf + "type", .iri(owl + "Axiom")),
            Triple(node, owl + "annotatedSource", .iri(mapping.subject)),
            Triple(node, owl + "annotatedProperty", .iri(mapping.type.property)),
            Triple(node, owl + "annotatedTarget", .iri(mapping.object)),
        ]
        let sssom = Namespace.sssom
        if let confidence = mapping.confidenceLiteral, confidence.datatype == Namespace.xsd + "double",
           JSKOSLiterals.isJSONNumber(confidence.lexicalForm),
           let number = Double(confidence.lexicalForm), (0...1).contains(number) {
            fields["mappingRelevance"] = JSKOSValue(.number(confidence.lexicalForm))
            consumed.append(Triple(node, sssom + "confidence", .literal(confidence)))
        }
        if let justification = mapping.justification {
            fields["justification"] = .string(justification)
            consumed.append(Triple(node, sssom + "mapping_justification", .iri(justification)))
        }
        let authors = Set(mapping.authors).sorted()
        if !authors.isEmpty {
            fields["creator"] = .array(authors.map(JSKOSValue.reference))
            consumed += authors.map { Triple(node, sssom + "author_id", .iri($0)) }
        }
        if let date = mapping.date, date.datatype != nil, date.datatype == JSKOSLiterals.dateDatatype(date.lexicalForm) {
            fields["created"] = .string(date.lexicalForm)
            consumed.append(Triple(node, sssom + "mapping_date", .literal(date)))
        }
        if let comment = mapping.comment, !comment.value.isEmpty, let key = JSKOSLiterals.key(for: comment.language) {
            fields["note"] = .object([key: .array([.string(comment.value)])])
            consumed.append(Triple(node, sssom + "comment", .literal(comment.literal)))
        }
        if let set = mapping.mappingSet {
            fields["partOf"] = .array([.reference(set)])
            consumed.append(Triple(.iri(set), sssom + "mappings", node))
        }
    }
}
