extension Vocabulary {
    /// The full model of a compact vocabulary. Every term becomes one string, shared by all the
    /// values that use it.
    public init(_ compact: CompactVocabulary) {
        self.init()
        var reader = TermStrings(compact.terms)
        for scheme in compact.schemes { upsert(scheme) }
        for row in compact.rows.indices { upsert(compact.concept(at: row, &reader)) }
        collections = compact.collections
        mappings = compact.mappings
        extraTriples = compact.extraTriples.map { triple in
            Triple(reader.term(triple.subject), reader.string(triple.predicate), reader.term(triple.object))
        }
        prefixes = compact.prefixes
    }

    /// Reads the SKOS structure of a graph.
    public init(graph: Graph) {
        self.init(CompactVocabulary(TripleStore(graph)))
    }
}

extension CompactVocabulary {
    /// The compact form of a vocabulary built in code or read before.
    public init(_ vocabulary: Vocabulary) {
        self.init(terms: TermTable())
        for concept in vocabulary.concepts {
            let start = values.count
            add(concept)
            let row = ConceptRow(iri: terms.intern(concept.iri, kind: .iri), isTyped: concept.isTyped,
                                 isDeprecated: concept.isDeprecated, values: start..<values.count)
            upsert(row, iri: concept.iri)
        }
        for scheme in vocabulary.schemes { upsert(scheme) }
        collections = vocabulary.collections
        mappings = vocabulary.mappings
        extraTriples = vocabulary.extraTriples.map { triple in
            StoredTriple(subject: terms.intern(triple.subject), predicate: terms.intern(triple.predicate, kind: .iri),
                         object: terms.intern(triple.object))
        }
        prefixes = vocabulary.prefixes
        terms.dropIndex()
    }

    /// Appends the values of a concept, in field order.
    private mutating func add(_ concept: Concept) {
        func append(_ field: KnownProperty, _ ids: [TermID]) {
            values.append(contentsOf: ids.map { ConceptValue(field: field, id: $0) })
        }
        append(.notation, concept.notations.map { terms.intern($0) })
        for kind in LabelKind.allCases {
            append(KnownProperty(label: kind), (concept.labels[kind] ?? []).map { terms.intern($0) })
        }
        for kind in LabelKind.allCases {
            append(KnownProperty(xlLabel: kind), (concept.xlLabels[kind] ?? []).map { label in
                xlLabels.append((terms.intern(label.resource), terms.intern(label.literalForm)))
                return TermID(xlLabels.count - 1)
            })
        }
        for kind in NoteKind.allCases {
            append(KnownProperty(note: kind), (concept.notes[kind] ?? []).map { terms.intern($0) })
        }
        let links: [(KnownProperty, [String])] = [
            (.broader, concept.broader), (.narrower, concept.narrower), (.related, concept.related),
            (.inScheme, concept.inSchemes), (.topConceptOf, concept.topConceptOf), (.replacedBy, concept.replacedBy),
        ]
        for (field, iris) in links { append(field, iris.map { terms.intern($0, kind: .iri) }) }
        for kind in DateKind.allCases {
            append(KnownProperty(date: kind), (concept.dates[kind] ?? []).map { terms.intern($0) })
        }
    }
}
