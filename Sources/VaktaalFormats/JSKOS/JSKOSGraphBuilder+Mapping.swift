import VaktaalModel

extension JSKOSGraphBuilder {
    /// Fields of a mapping object with a meaning of their own; the rest are read as statements
    /// about the mapping's annotation node.
    private static let mappingFields: Set<String> = [
        "from", "to", "type", "fromScheme", "toScheme", "mappingRelevance", "justification", "creator",
        "created", "note", "partOf", "_asserted",
    ]

    /// Reads a JSKOS mapping between two single concepts as the SKOS mapping triple, plus, when
    /// it carries provenance or an identity, an `owl:Axiom` annotating that triple with SSSOM
    /// properties (as ``VaktaalModel/Mapping`` describes).
    mutating func readMapping(_ value: JSKOSValue, path: String) throws {
        guard value.members != nil else {
            throw error("\(path): expected a JSKOS mapping object; found \(value.shapeName)", at: value)
        }
        guard let from = value["from"], let to = value["to"] else {
            throw error("\(path): a mapping needs both \"from\" and \"to\"", at: value)
        }
        let subject = try bundleMember(from, path: Self.path(path, "from"))
        let object = try bundleMember(to, path: Self.path(path, "to"))
        let (type, extraTypes) = try mappingType(value, path: path)
        var asserted = true
        if let flag = value["_asserted"] {
            guard case .bool(let stated) = flag.kind else {
                throw error("\(Self.path(path, "_asserted")): expected true or false; found \(flag.shapeName)", at: flag)
            }
            asserted = stated
        }
        if asserted { emit(.iri(subject), type.property, .iri(object)) }
        if !asserted || !extraTypes.isEmpty || needsAnnotation(value) {
            let node = try node(for: value, path: path)
            emit(node, Namespace.rdf + "type", .iri(Namespace.owl + "Axiom"))
            emit(node, Namespace.owl + "annotatedSource", .iri(subject))
            emit(node, Namespace.owl + "annotatedProperty", .iri(type.property))
            emit(node, Namespace.owl + "annotatedTarget", .iri(object))
            for extra in extraTypes { emit(node, Namespace.rdf + "type", .iri(extra)) }
            try readProvenance(value, of: node, path: path)
            try readFields(of: value, subject: node, path: path, skipping: Self.mappingFields)
        } else {
            if let triples = value["_triples"] { try readTriples(triples, path: Self.path(path, "_triples")) }
            if let context = value["@context"] { try checkContext(context, path: Self.path(path, "@context")) }
        }
        try readScheme(value["fromScheme"], of: subject, path: Self.path(path, "fromScheme"))
        try readScheme(value["toScheme"], of: object, path: Self.path(path, "toScheme"))
    }

    /// Whether the mapping has an identity, provenance or other statements of its own.
    private func needsAnnotation(_ value: JSKOSValue) -> Bool {
        (value.members ?? []).contains { member in
            switch member.key {
            case "uri", "_bnode", "mappingRelevance", "justification", "creator", "created", "note", "partOf":
                true
            case "@context", "_triples":
                false
            default:
                !Self.mappingFields.contains(member.key) && !JSKOSContext.isCustom(member.key)
            }
        }
    }

    /// The IRI of the single concept in a concept bundle (`memberSet`, `memberList` or
    /// `memberChoice`); the concept's other fields are read as statements about it.
    private mutating func bundleMember(_ bundle: JSKOSValue, path: String) throws -> String {
        guard let members = bundle.members else {
            throw error("\(path): expected a concept bundle such as {\"memberSet\": [{\"uri\": …}]}; found \(bundle.shapeName)", at: bundle)
        }
        let bundles = members.filter { Self.bundleFields.contains($0.key) }
        guard bundles.count == 1, bundles[0].key != "memberRoles" else {
            throw error("\(path): expected exactly one of memberSet, memberList or memberChoice", at: bundle)
        }
        for member in members where member.key != bundles[0].key && !JSKOSContext.isCustom(member.key) && member.key != "@context" {
            throw error("\(Self.path(path, member.key)): a concept bundle in a mapping has no other fields", at: member.value)
        }
        let listPath = Self.path(path, bundles[0].key)
        guard bundles[0].value.elements != nil else {
            throw error("\(listPath): expected an array of concepts; found \(bundles[0].value.shapeName)", at: bundles[0].value)
        }
        let concepts = try list(bundles[0].value, path: listPath)
        guard concepts.count == 1 else {
            throw error("\(listPath): SKOS maps one concept to one concept, but this bundle has \(concepts.count); such mappings cannot be read", at: bundles[0].value)
        }
        let (concept, conceptPath) = concepts[0]
        guard concept.members != nil, concept["uri"] != nil else {
            throw error("\(conceptPath): the mapped concept needs a \"uri\"", at: concept)
        }
        guard case .iri(let iri) = try readResource(concept, path: conceptPath) else { return "" }
        return iri
    }

    /// The SKOS mapping property that comes first in `type`, and any further types.
    private func mappingType(_ value: JSKOSValue, path: String) throws -> (MatchType, [String]) {
        let typePath = Self.path(path, "type")
        guard let types = value["type"] else {
            throw error("\(path): a mapping needs a \"type\" such as [\"\(MatchType.exact.property)\"]", at: value)
        }
        let elements = try list(types, path: typePath)
        var iris: [String] = []
        for (element, elementPath) in elements { iris.append(try iri(element, path: elementPath)) }
        guard let first = iris.first, let type = MatchType(property: first) else {
            let found = iris.first.map { "found \($0)" } ?? "found none"
            throw error("\(typePath): the first type of a mapping must be skos:exactMatch, closeMatch, broadMatch, narrowMatch or relatedMatch; \(found)", at: types)
        }
        return (type, Array(iris.dropFirst()))
    }

    /// `mappingRelevance`, `justification`, `creator`, `created`, `note` and `partOf` as SSSOM
    /// statements on the annotation node.
    private mutating func readProvenance(_ value: JSKOSValue, of node: Term, path: String) throws {
        if let relevance = value["mappingRelevance"] {
            let relevancePath = Self.path(path, "mappingRelevance")
            guard case .number(let lexical) = relevance.kind, let number = Double(lexical), (0...1).contains(number) else {
                throw error("\(relevancePath): expected a number between 0 and 1; found \(relevance.shapeName)", at: relevance)
            }
            emit(node, Namespace.sssom + "confidence", .literal(Literal(lexical, datatype: Namespace.xsd + "double")))
        }
        if let justification = value["justification"] {
            emit(node, Namespace.sssom + "mapping_justification", .iri(try iri(justification, path: Self.path(path, "justification"))))
        }
        if let created = value["created"] {
            emit(node, Namespace.sssom + "mapping_date", .literal(try date(created, path: Self.path(path, "created"))))
        }
        if let note = value["note"] {
            for literal in try languageMap(note, path: Self.path(path, "note")) {
                emit(node, Namespace.sssom + "comment", .literal(literal))
            }
        }
        if let creators = value["creator"] {
            for (creator, creatorPath) in try resources(creators, path: Self.path(path, "creator")) {
                let agent = try readResource(creator, path: creatorPath)
                if agent.iriValue != nil { emit(node, Namespace.sssom + "author_id", agent) }
                else { emit(node, Namespace.dcterms + "creator", agent) }
            }
        }
        if let sets = value["partOf"] {
            for (set, setPath) in try resources(sets, path: Self.path(path, "partOf")) {
                let container = try readResource(set, path: setPath)
                if container.iriValue != nil { emit(container, Namespace.sssom + "mappings", node) }
                else { emit(node, Namespace.dcterms + "isPartOf", container) }
            }
        }
    }

    /// The objects of a JSKOS set.
    private func resources(_ value: JSKOSValue, path: String) throws -> [(JSKOSValue, String)] {
        let elements = try list(value, path: path)
        for (element, elementPath) in elements where element.members == nil {
            throw error("\(elementPath): expected a JSKOS object such as {\"uri\": …}; found \(element.shapeName)", at: element)
        }
        return elements
    }

    /// `fromScheme`/`toScheme`: the mapped concept is in that scheme (`skos:inScheme`).
    private mutating func readScheme(_ value: JSKOSValue?, of concept: String, path: String) throws {
        guard let value else { return }
        guard value.members != nil else {
            throw error("\(path): expected a concept scheme object such as {\"uri\": …}; found \(value.shapeName)", at: value)
        }
        emit(.iri(concept), Namespace.skos + "inScheme", try readResource(value, path: path))
    }
}
