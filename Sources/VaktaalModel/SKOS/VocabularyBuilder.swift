/// Reads the SKOS structure out of a graph. Every triple it takes into the model is one that
/// ``Vocabulary/graph()`` writes back unchanged; all others go to ``Vocabulary/extraTriples``.
struct VocabularyBuilder {
    let graph: Graph
    var bySubject: [Term: [Int]] = [:]
    var consumed: [Bool]
    var vocabulary = Vocabulary()
    /// Where each annotation node is listed by a mapping set (`set sssom:mappings node`).
    var mappingSetIndex: [Term: Int] = [:]
    /// Stated mappings without annotation, by subject, type and object.
    var unannotatedMappings: [String: Int] = [:]

    init(_ graph: Graph) {
        self.graph = graph
        self.consumed = Array(repeating: false, count: graph.count)
        for (index, triple) in graph.triples.enumerated() {
            bySubject[triple.subject, default: []].append(index)
            if triple.predicate == Namespace.sssom + "mappings", triple.subject.iriValue != nil,
               mappingSetIndex[triple.object] == nil {
                mappingSetIndex[triple.object] = index
            }
        }
    }

    mutating func build() -> Vocabulary {
        vocabulary.prefixes = graph.prefixes
        var axioms: [Term] = []
        for (subject, indices) in bySubject.sorted(by: { $0.value[0] < $1.value[0] }) {
            let types = Set(indices.compactMap { index -> String? in
                let triple = graph.triples[index]
                return triple.predicate == Namespace.rdf + "type" ? triple.object.iriValue : nil
            })
            guard case .iri(let iri) = subject else {
                if types.contains(Namespace.owl + "Axiom") { axioms.append(subject) }
                continue
            }
            if types.contains(Namespace.skos + "ConceptScheme") {
                readScheme(iri, indices)
            } else if types.contains(Namespace.skos + "Collection") || types.contains(Namespace.skos + "OrderedCollection") {
                readCollection(iri, indices, ordered: types.contains(Namespace.skos + "OrderedCollection"))
            } else if types.contains(Namespace.skos + "Concept") || (types.isEmpty && looksLikeConcept(indices)) {
                readConcept(iri, indices, typed: types.contains(Namespace.skos + "Concept"))
            } else if types.contains(Namespace.owl + "Axiom") {
                axioms.append(subject)
            }
        }
        for axiom in axioms { readAxiom(axiom) }
        vocabulary.extraTriples = graph.triples.indices.filter { !consumed[$0] }.map { graph.triples[$0] }
        return vocabulary
    }

    private func looksLikeConcept(_ indices: [Int]) -> Bool {
        let markers: Set<String> = ["inScheme", "broader", "narrower", "topConceptOf", "prefLabel"].reduce(into: []) {
            $0.insert(Namespace.skos + $1)
        }
        return indices.contains { markers.contains(graph.triples[$0].predicate) }
    }

    // MARK: Concepts

    private mutating func readConcept(_ iri: String, _ indices: [Int], typed: Bool) {
        var concept = Concept(iri: iri)
        concept.isTyped = typed
        for index in indices where readConceptTriple(graph.triples[index], into: &concept) {
            consumed[index] = true
        }
        vocabulary.upsert(concept)
    }

    /// Takes one triple into the concept; returns whether it was understood.
    private mutating func readConceptTriple(_ triple: Triple, into concept: inout Concept) -> Bool {
        let predicate = triple.predicate
        let object = triple.object
        if predicate == Namespace.rdf + "type" { return object == .iri(Namespace.skos + "Concept") }
        if predicate.hasPrefix(Namespace.skos) {
            return readSKOSProperty(String(predicate.dropFirst(Namespace.skos.count)), object, into: &concept)
        }
        if predicate.hasPrefix(Namespace.skosxl), let kind = LabelKind(rawValue: String(predicate.dropFirst(Namespace.skosxl.count))) {
            guard let label = xlLabel(object) else { return false }
            concept.xlLabels[kind, default: []].append(label)
            return true
        }
        switch predicate {
        case Namespace.owl + "deprecated":
            guard object == .literal(Literal("true", datatype: Namespace.xsd + "boolean")) else { return false }
            concept.isDeprecated = true
        case Namespace.dcterms + "isReplacedBy":
            guard let target = object.iriValue else { return false }
            concept.replacedBy.append(target)
        default:
            guard let kind = DateKind.allCases.first(where: { $0.property == predicate }),
                  let literal = object.literalValue else { return false }
            concept.dates[kind, default: []].append(literal)
        }
        return true
    }

    private mutating func readSKOSProperty(_ name: String, _ object: Term, into concept: inout Concept) -> Bool {
        if let kind = LabelKind(rawValue: name) {
            guard let label = object.literalValue.flatMap(LangString.init) else { return false }
            concept.labels[kind, default: []].append(label)
        } else if let kind = NoteKind(rawValue: name) {
            guard let note = object.literalValue.flatMap(LangString.init) else { return false }
            concept.notes[kind, default: []].append(note)
        } else if name == "notation" {
            guard let literal = object.literalValue else { return false }
            concept.notations.append(literal)
        } else if let type = MatchType(rawValue: name) {
            guard let target = object.iriValue else { return false }
            unannotatedMappings[Mapping.key(concept.iri, type, target)] = vocabulary.mappings.count
            vocabulary.mappings.append(Mapping(subject: concept.iri, type: type, object: target))
        } else {
            guard let target = object.iriValue else { return false }
            switch name {
            case "broader": concept.broader.append(target)
            case "narrower": concept.narrower.append(target)
            case "related": concept.related.append(target)
            case "inScheme": concept.inSchemes.append(target)
            case "topConceptOf": concept.topConceptOf.append(target)
            default: return false
            }
        }
        return true
    }

    /// Reads a SKOS-XL label resource with exactly one language-string literal form.
    private mutating func xlLabel(_ resource: Term) -> XLLabel? {
        guard resource.literalValue == nil else { return nil }
        let forms = (bySubject[resource] ?? []).filter { graph.triples[$0].predicate == Namespace.skosxl + "literalForm" }
        guard forms.count == 1, let literal = graph.triples[forms[0]].object.literalValue,
              let form = LangString(literal) else { return nil }
        consumed[forms[0]] = true
        return XLLabel(resource: resource, literalForm: form)
    }

    // MARK: Schemes and collections

    private mutating func readScheme(_ iri: String, _ indices: [Int]) {
        var scheme = ConceptScheme(iri: iri)
        for index in indices {
            let triple = graph.triples[index]
            let langString = triple.object.literalValue.flatMap(LangString.init)
            switch (triple.predicate, triple.object) {
            case (Namespace.rdf + "type", .iri(Namespace.skos + "ConceptScheme")): break
            case (Namespace.skos + "prefLabel", _) where langString != nil: scheme.prefLabels.append(langString!)
            case (Namespace.dcterms + "title", _) where langString != nil: scheme.titles.append(langString!)
            case (Namespace.dcterms + "description", _) where langString != nil: scheme.descriptions.append(langString!)
            case (Namespace.skos + "notation", .literal(let literal)): scheme.notations.append(literal)
            case (Namespace.skos + "hasTopConcept", .iri(let top)): scheme.topConcepts.append(top)
            case (Namespace.owl + "versionInfo", .literal(let literal)): scheme.versions.append(literal)
            case (let predicate, .literal(let literal)) where DateKind.allCases.contains { $0.property == predicate }:
                scheme.dates[DateKind.allCases.first { $0.property == predicate }!, default: []].append(literal)
            default: continue
            }
            consumed[index] = true
        }
        vocabulary.upsert(scheme)
    }

    private mutating func readCollection(_ iri: String, _ indices: [Int], ordered: Bool) {
        var collection = SKOSCollection(iri: iri)
        collection.isOrdered = ordered
        let type = Term.iri(Namespace.skos + (ordered ? "OrderedCollection" : "Collection"))
        for index in indices {
            let triple = graph.triples[index]
            switch (triple.predicate, triple.object) {
            case (Namespace.rdf + "type", type): break
            case (Namespace.skos + "prefLabel", .literal(let literal)) where literal.datatype == nil:
                collection.prefLabels.append(LangString(literal)!)
            case (Namespace.skos + "member", .iri(let member)): collection.members.append(member)
            default: continue
            }
            consumed[index] = true
        }
        vocabulary.collections.append(collection)
    }
}

extension Vocabulary {
    /// Reads the SKOS structure of a graph.
    public init(graph: Graph) {
        var builder = VocabularyBuilder(graph)
        self = builder.build()
    }
}
