/// What the diff needs to know about one version beyond the model: the hierarchy with both
/// directions merged, top concepts per scheme, and facts found among the extra triples
/// (untyped `owl:deprecated "true"`, `dcterms:isReplacedBy` on resources that are no longer
/// concepts, SKOS match statements of non-concepts, and everything else stated about a scheme).
struct VersionFacts {
    let vocabulary: Vocabulary
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

    init(_ vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        mappings = vocabulary.mappings.map { ($0.subject, $0.type, $0.object) }
        readExtraTriples(vocabulary.extraTriples, schemes: Set(vocabulary.schemes.map(\.iri)))
        for scheme in vocabulary.schemes { topConcepts[scheme.iri, default: []].formUnion(scheme.topConcepts) }
        for concept in vocabulary.concepts {
            for scheme in concept.topConceptOf { topConcepts[scheme, default: []].insert(concept.iri) }
            for child in concept.narrower { narrowerParents[child, default: []].append(concept.iri) }
        }
    }

    /// Collects the facts among the extra triples. Most of them (`rdf:type skosxl:Label` in
    /// SKOS-XL files: hundreds of thousands) are none of these, so the loop looks at a triple's
    /// parts in place and copies only what it keeps.
    private mutating func readExtraTriples(_ triples: [Triple], schemes: Set<String>) {
        let type = Namespace.rdf + "type", deprecated = Namespace.owl + "deprecated"
        let replaced = Namespace.dcterms + "isReplacedBy"
        let schemeLengths = Set(schemes.map(\.utf8.count))
        for index in triples.indices {
            guard case .iri(let subject) = triples[index].subject else { continue }
            if schemeLengths.contains(subject.utf8.count), schemes.contains(subject) {
                schemeTriples[subject, default: []].append(triples[index])
            }
            let predicate = triples[index].predicate
            if predicate == type { continue }
            if predicate == deprecated, let literal = triples[index].object.literalValue,
               ["true", "1"].contains(literal.lexicalForm.lowercased()) {
                extraDeprecated.insert(subject)
            } else if predicate == replaced, let target = triples[index].object.iriValue {
                extraReplacedBy[subject, default: []].append(target)
            } else if let mapping = Self.mappingStatement(triples[index]) {
                mappings.append(mapping)
            }
        }
    }

    /// Whether a concept is deprecated in this version.
    func isDeprecated(_ concept: Concept) -> Bool {
        concept.isDeprecated || extraDeprecated.contains(concept.iri)
    }

    /// The replacements of an IRI stated in this version, on the concept or on a leftover stub.
    func replacements(of iri: String) -> [String] {
        (vocabulary.concept(iri)?.replacedBy ?? []) + (extraReplacedBy[iri] ?? [])
    }

    /// The broader concepts of an IRI: `skos:broader` on it and `skos:narrower` naming it merged,
    /// sorted, without repeats — ``HierarchyIndex``'s view, without building the whole index.
    func broader(of iri: String) -> [String] {
        broader(of: iri, stated: vocabulary.concept(iri)?.broader ?? [])
    }

    /// The merged broader concepts of a concept whose `skos:broader` values are known.
    func broader(of iri: String, stated: [String]) -> [String] {
        let inverse = narrowerParents[iri] ?? []
        if inverse.isEmpty, stated.count <= 1 { return stated }
        return Array(Set(stated).union(inverse)).sorted()
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
