extension Vocabulary {
    /// The vocabulary as RDF: every modelled value as its triples, then the extra triples.
    public func graph() -> Graph {
        var writer = TripleCollector()
        for scheme in schemes { writer.add(scheme) }
        for concept in concepts { writer.add(concept) }
        for collection in collections { writer.add(collection) }
        for mapping in mappings { writer.add(mapping) }
        for triple in extraTriples { writer.graph.insert(triple) }
        for (prefix, namespace) in prefixes { writer.graph.declarePrefix(prefix, namespace) }
        return writer.graph
    }
}

/// Turns model values back into the triples they were read from.
private struct TripleCollector {
    var graph = Graph()
    private let type = Namespace.rdf + "type"

    mutating func emit(_ subject: Term, _ predicate: String, _ object: Term) {
        graph.insert(Triple(subject, predicate, object))
    }

    mutating func emit(_ subject: Term, _ predicate: String, iris: [String]) {
        for iri in iris { emit(subject, predicate, .iri(iri)) }
    }

    mutating func emit(_ subject: Term, _ predicate: String, literals: [Literal]) {
        for literal in literals { emit(subject, predicate, .literal(literal)) }
    }

    mutating func emit(_ subject: Term, _ predicate: String, strings: [LangString]) {
        for string in strings { emit(subject, predicate, .literal(string.literal)) }
    }

    mutating func emit(_ subject: Term, dates: [DateKind: [Literal]]) {
        for kind in DateKind.allCases { emit(subject, kind.property, literals: dates[kind] ?? []) }
    }

    mutating func add(_ scheme: ConceptScheme) {
        let subject = Term.iri(scheme.iri)
        emit(subject, type, .iri(Namespace.skos + "ConceptScheme"))
        emit(subject, Namespace.skos + "prefLabel", strings: scheme.prefLabels)
        emit(subject, Namespace.dcterms + "title", strings: scheme.titles)
        emit(subject, Namespace.dcterms + "description", strings: scheme.descriptions)
        emit(subject, Namespace.skos + "notation", literals: scheme.notations)
        emit(subject, Namespace.skos + "hasTopConcept", iris: scheme.topConcepts)
        emit(subject, Namespace.owl + "versionInfo", literals: scheme.versions)
        emit(subject, dates: scheme.dates)
    }

    mutating func add(_ concept: Concept) {
        let subject = Term.iri(concept.iri)
        if concept.isTyped { emit(subject, type, .iri(Namespace.skos + "Concept")) }
        for kind in LabelKind.allCases {
            emit(subject, kind.skosProperty, strings: concept.labels[kind] ?? [])
            for label in concept.xlLabels[kind] ?? [] {
                emit(subject, kind.skosXLProperty, label.resource)
                emit(label.resource, Namespace.skosxl + "literalForm", .literal(label.literalForm.literal))
            }
        }
        emit(subject, Namespace.skos + "notation", literals: concept.notations)
        for kind in NoteKind.allCases { emit(subject, kind.property, strings: concept.notes[kind] ?? []) }
        emit(subject, Namespace.skos + "broader", iris: concept.broader)
        emit(subject, Namespace.skos + "narrower", iris: concept.narrower)
        emit(subject, Namespace.skos + "related", iris: concept.related)
        emit(subject, Namespace.skos + "inScheme", iris: concept.inSchemes)
        emit(subject, Namespace.skos + "topConceptOf", iris: concept.topConceptOf)
        if concept.isDeprecated {
            emit(subject, Namespace.owl + "deprecated", .literal(Literal("true", datatype: Namespace.xsd + "boolean")))
        }
        emit(subject, Namespace.dcterms + "isReplacedBy", iris: concept.replacedBy)
        emit(subject, dates: concept.dates)
    }

    mutating func add(_ collection: SKOSCollection) {
        let subject = Term.iri(collection.iri)
        emit(subject, type, .iri(Namespace.skos + (collection.isOrdered ? "OrderedCollection" : "Collection")))
        emit(subject, Namespace.skos + "prefLabel", strings: collection.prefLabels)
        emit(subject, Namespace.skos + "member", iris: collection.members)
    }

    mutating func add(_ mapping: Mapping) {
        if mapping.isAsserted { emit(.iri(mapping.subject), mapping.type.property, .iri(mapping.object)) }
        guard let node = mapping.annotation else { return }
        emit(node, type, .iri(Namespace.owl + "Axiom"))
        emit(node, Namespace.owl + "annotatedSource", .iri(mapping.subject))
        emit(node, Namespace.owl + "annotatedProperty", .iri(mapping.type.property))
        emit(node, Namespace.owl + "annotatedTarget", .iri(mapping.object))
        if let confidence = mapping.confidenceLiteral { emit(node, Namespace.sssom + "confidence", .literal(confidence)) }
        if let justification = mapping.justification { emit(node, Namespace.sssom + "mapping_justification", .iri(justification)) }
        emit(node, Namespace.sssom + "author_id", iris: mapping.authors)
        if let date = mapping.date { emit(node, Namespace.sssom + "mapping_date", .literal(date)) }
        if let comment = mapping.comment { emit(node, Namespace.sssom + "comment", .literal(comment.literal)) }
        if let set = mapping.mappingSet { emit(.iri(set), Namespace.sssom + "mappings", node) }
    }
}
