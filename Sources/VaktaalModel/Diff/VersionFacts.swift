/// What the diff needs to know about one version beyond the model: the hierarchy with both
/// directions merged, top concepts per scheme, and facts found among the extra triples
/// (untyped `owl:deprecated "true"`, `dcterms:isReplacedBy` on resources that are no longer
/// concepts, SKOS match statements of non-concepts, and everything else stated about a scheme).
///
/// The version is kept compact; concepts are read from their rows, and made into ``Concept``
/// values only when they differ or are reported.
struct VersionFacts {
    let vocabulary: CompactVocabulary
    /// Parents naming a child in `skos:narrower`, by child: the other direction of the hierarchy.
    private(set) var narrowerParents: [String: [String]] = [:]
    /// IRIs marked deprecated by an `owl:deprecated` literal the model did not take (e.g. untyped).
    private(set) var extraDeprecated: Set<String> = []
    /// `dcterms:isReplacedBy` statements among the extra triples, by subject.
    private(set) var extraReplacedBy: [String: [String]] = [:]
    /// Extra triples about each scheme.
    private(set) var schemeTriples: [String: [Triple]] = [:]
    /// Top concepts of each scheme: `hasTopConcept` on the scheme and `topConceptOf` on concepts.
    private(set) var topConcepts: [String: Set<String>] = [:]
    /// Every mapping: the modelled ones, and SKOS match statements among the extra triples (their
    /// subject is not a concept, as in a bare mapping file).
    private(set) var mappings: [(subject: String, type: MatchType, object: String)] = []

    init(_ vocabulary: CompactVocabulary) {
        self.vocabulary = vocabulary
        mappings = vocabulary.mappings.map { ($0.subject, $0.type, $0.object) }
        readExtraTriples()
        for scheme in vocabulary.schemes { topConcepts[scheme.iri, default: []].formUnion(scheme.topConcepts) }
        for row in 0..<vocabulary.conceptCount {
            let tops = vocabulary.values(.topConceptOf, at: row), children = vocabulary.values(.narrower, at: row)
            guard !tops.isEmpty || !children.isEmpty else { continue }
            let iri = vocabulary.iri(at: row)
            for scheme in tops { topConcepts[vocabulary.terms.string(scheme.id), default: []].insert(iri) }
            for child in children { narrowerParents[vocabulary.terms.string(child.id), default: []].append(iri) }
        }
    }

    /// Collects the facts among the extra triples. Most of them (`rdf:type skosxl:Label` in
    /// SKOS-XL files: hundreds of thousands) are none of these, so the loop decides by the ids of
    /// a triple's terms and makes strings only for what it keeps.
    private mutating func readExtraTriples() {
        let terms = vocabulary.terms
        let schemes = vocabulary.schemes.map { Array($0.iri.utf8) }
        var roles: [TermID: KnownProperty?] = [:]
        var reader = FreshTerms(terms)
        for triple in vocabulary.extraTriples where terms.isIRI(triple.subject) {
            let isScheme = !schemes.isEmpty && terms.withBytes(triple.subject) { subject in
                schemes.contains { scheme in scheme.count == subject.count && scheme.withUnsafeBytes { RawBytes.equal($0, subject) } }
            }
            if isScheme {
                let subject = terms.string(triple.subject)
                schemeTriples[subject, default: []].append(Triple(.iri(subject), terms.string(triple.predicate), reader.term(triple.object)))
            }
            let role = roles[triple.predicate] ?? KnownProperty(iri: terms.string(triple.predicate))
            roles[triple.predicate] = role
            switch role {
            case .deprecated:
                guard terms.isLiteral(triple.object), ["true", "1"].contains(terms.string(triple.object).lowercased()) else { continue }
                extraDeprecated.insert(terms.string(triple.subject))
            case .replacedBy:
                guard terms.isIRI(triple.object) else { continue }
                extraReplacedBy[terms.string(triple.subject), default: []].append(terms.string(triple.object))
            default:
                guard let type = role?.matchType, terms.isIRI(triple.object) else { continue }
                mappings.append((terms.string(triple.subject), type, terms.string(triple.object)))
            }
        }
    }

    /// Whether the concept in a row is deprecated in this version.
    func isDeprecated(at row: Int) -> Bool {
        vocabulary.rows[row].isDeprecated || extraDeprecated.contains(vocabulary.iri(at: row))
    }

    /// Whether a concept is deprecated in this version.
    func isDeprecated(_ concept: Concept) -> Bool {
        concept.isDeprecated || extraDeprecated.contains(concept.iri)
    }

    /// The replacements of an IRI stated in this version, on the concept or on a leftover stub.
    func replacements(of iri: String) -> [String] {
        (vocabulary.row(of: iri).map { vocabulary.iris(.replacedBy, at: $0) } ?? []) + (extraReplacedBy[iri] ?? [])
    }

    /// The broader concepts of an IRI: `skos:broader` on it and `skos:narrower` naming it merged,
    /// sorted, without repeats — ``HierarchyIndex``'s view, without building the whole index.
    func broader(of iri: String) -> [String] {
        broader(of: iri, stated: vocabulary.row(of: iri).map { vocabulary.iris(.broader, at: $0) } ?? [])
    }

    /// The merged broader concepts of a concept whose `skos:broader` values are known.
    func broader(of iri: String, stated: [String]) -> [String] {
        let inverse = narrowerParents[iri] ?? []
        if inverse.isEmpty, stated.count <= 1 { return stated }
        return Array(Set(stated).union(inverse)).sorted()
    }

    /// How the concept in a row is named: its preferred label for a reader of `language` and its
    /// first notation (as ``ConceptName`` names a ``Concept``).
    func name(at row: Int, language: String) -> ConceptName {
        ConceptName(label: vocabulary.bestLabel(.preferred, at: row, for: language), notation: vocabulary.firstNotation(at: row))
    }
}

extension VersionFacts {
    /// Every mapping of a vocabulary, as ``mappings`` collects them, without the rest of the facts.
    static func mappingStatements(_ vocabulary: Vocabulary) -> [(subject: String, type: MatchType, object: String)] {
        vocabulary.mappings.map { ($0.subject, $0.type, $0.object) } + vocabulary.extraTriples.compactMap(mappingStatement)
    }

    /// A SKOS match statement between two IRIs, as a mapping.
    static func mappingStatement(_ triple: Triple) -> (subject: String, type: MatchType, object: String)? {
        guard case .iri(let subject) = triple.subject, let object = triple.object.iriValue,
              let type = MatchType(property: triple.predicate) else { return nil }
        return (subject, type, object)
    }
}
