import VaktaalModel

/// The JSKOS objects of a vocabulary: schemes, concepts, collections and mappings, each sorted by
/// IRI, with every triple of ``VaktaalModel/Vocabulary/graph()`` either written as JSKOS fields or
/// kept as an N-Triples line in `_triples`: on the object whose resource (or mapping annotation,
/// SKOS-XL label, or a blank node only that object leads to) is the triple's subject, else at the
/// top level.
struct JSKOSExport {
    /// One object being assembled.
    private struct Draft {
        var fields: [String: JSKOSValue]
        /// The nodes whose remaining triples go into this object's `_triples`.
        var owns: [Term]
        var extra: [Triple] = []
    }

    /// The objects in output order, with their `_triples`.
    private(set) var objects: [JSKOSValue] = []
    /// Triples about resources that have no object of their own.
    private(set) var leftovers: [Triple] = []

    init(_ vocabulary: Vocabulary) {
        let graph = vocabulary.graph()
        var remaining = Set(graph.triples)
        let mappings = Self.mappingDrafts(vocabulary, consuming: &remaining)
        let entities = Self.entityDrafts(vocabulary, graph, consuming: &remaining)
        var drafts = entities + mappings
        var owners: [Term: Int] = [:]
        for (index, draft) in drafts.enumerated() {
            for node in draft.owns where owners[node] == nil { owners[node] = index }
        }
        let referrers = Self.referrers(graph)
        for triple in remaining.sorted() {
            if let index = Self.owner(of: triple.subject, owners: &owners, referrers: referrers) {
                drafts[index].extra.append(triple)
            } else {
                leftovers.append(triple)
            }
        }
        objects = drafts.map { draft in
            var fields = draft.fields
            if !draft.extra.isEmpty { fields["_triples"] = Self.lines(draft.extra) }
            return .object(fields)
        }
    }

    /// The mapping objects; their triples are taken out of `remaining`.
    private static func mappingDrafts(_ vocabulary: Vocabulary, consuming remaining: inout Set<Triple>) -> [Draft] {
        sortedMappings(vocabulary).map { mapping in
            let encoder = JSKOSMappingEncoder(mapping, in: vocabulary)
            remaining.subtract(encoder.consumed)
            return Draft(fields: encoder.value.members.map(dictionary) ?? [:], owns: mapping.annotation.map { [$0] } ?? [])
        }
    }

    /// The scheme, concept and collection objects, written from the triples still in `remaining`,
    /// which loses those they stand for.
    private static func entityDrafts(_ vocabulary: Vocabulary, _ graph: Graph, consuming remaining: inout Set<Triple>) -> [Draft] {
        let bySubject = Dictionary(grouping: graph.triples, by: \.subject)
        let nesting = JSKOSObjectEncoder.Nesting(bySubject: bySubject, embeddable: embeddable(vocabulary, graph))
        var drafts: [Draft] = []
        var seen = Set<String>()
        for entity in entities(vocabulary) where seen.insert(entity.iri).inserted {
            var labels = JSKOSLabelEncoder(graph: graph, bySubject: bySubject)
            labels.add(entity.xlLabels, of: entity.iri)
            remaining.subtract(labels.consumed)
            var encoder = JSKOSObjectEncoder(primaryType: entity.type, nesting: nesting)
            encoder.add((bySubject[.iri(entity.iri)] ?? []).filter { remaining.contains($0) })
            remaining.subtract(encoder.consumed)
            var fields = encoder.fields
            fields["uri"] = .string(entity.iri)
            if let qualified = labels.value { fields["qualifiedLiterals"] = qualified }
            drafts.append(Draft(fields: fields, owns: [.iri(entity.iri)] + labels.nodes + encoder.nestedNodes))
        }
        return drafts
    }

    /// The object whose `_triples` take the triples about a node: the one that owns it, or for a
    /// blank node referred to from one subject only, the owner of that subject.
    private static func owner(of node: Term, owners: inout [Term: Int], referrers: [Term: Set<Term>], depth: Int = 0) -> Int? {
        if let index = owners[node] { return index }
        guard node.isBlank, depth < 64, let from = referrers[node], from.count == 1,
              let index = owner(of: from.first!, owners: &owners, referrers: referrers, depth: depth + 1) else { return nil }
        owners[node] = index
        return index
    }

    /// For every blank node, the subjects of the triples it is the object of.
    private static func referrers(_ graph: Graph) -> [Term: Set<Term>] {
        var result: [Term: Set<Term>] = [:]
        for triple in graph.triples where triple.object.isBlank { result[triple.object, default: []].insert(triple.subject) }
        return result
    }

    /// N-Triples lines as a JSON array of strings.
    static func lines(_ triples: [Triple]) -> JSKOSValue {
        .array(triples.map { .string($0.description) })
    }

    private static func dictionary(_ members: [JSKOSValue.Member]) -> [String: JSKOSValue] {
        Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// Blank nodes that are the object of exactly one triple and neither a mapping annotation nor
    /// a SKOS-XL label: they can be written nested where they are referred to.
    private static func embeddable(_ vocabulary: Vocabulary, _ graph: Graph) -> Set<String> {
        var references: [String: Int] = [:]
        for triple in graph.triples {
            if case .blank(let label) = triple.object { references[label, default: 0] += 1 }
        }
        var excluded = Set<Term>(vocabulary.mappings.compactMap(\.annotation))
        for concept in vocabulary.concepts {
            for labels in concept.xlLabels.values { excluded.formUnion(labels.map(\.resource)) }
        }
        return Set(references.filter { $0.value == 1 && !excluded.contains(.blank($0.key)) }.keys)
    }

    /// A resource with an object of its own.
    private struct Entity {
        let iri: String
        let type: String?
        var xlLabels: [LabelKind: [XLLabel]] = [:]
    }

    /// Schemes, then concepts, then collections, each sorted by IRI.
    private static func entities(_ vocabulary: Vocabulary) -> [Entity] {
        let skos = Namespace.skos
        let schemes = vocabulary.schemes.map { Entity(iri: $0.iri, type: skos + "ConceptScheme") }
        let concepts = vocabulary.concepts.map { concept in
            Entity(iri: concept.iri, type: concept.isTyped ? skos + "Concept" : nil, xlLabels: concept.xlLabels)
        }
        let collections = vocabulary.collections.map { collection in
            Entity(iri: collection.iri, type: skos + (collection.isOrdered ? "OrderedCollection" : "Collection"))
        }
        return [schemes, concepts, collections].flatMap { group in
            group.sorted { $0.iri.utf8.lexicographicallyPrecedes($1.iri.utf8) }
        }
    }

    /// Distinct mappings that have triples, sorted by subject, relation, object and annotation.
    private static func sortedMappings(_ vocabulary: Vocabulary) -> [Mapping] {
        var seen = Set<Mapping>()
        let mappings = vocabulary.mappings.filter { ($0.isAsserted || $0.annotation != nil) && seen.insert($0).inserted }
        func key(_ mapping: Mapping) -> [String] {
            [mapping.subject, mapping.type.property, mapping.object, mapping.annotation?.description ?? ""]
        }
        return mappings.sorted { key($0).lexicographicallyPrecedes(key($1)) { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
    }
}
