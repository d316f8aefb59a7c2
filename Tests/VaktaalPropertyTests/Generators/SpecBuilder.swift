import VaktaalModel

/// Builds a vocabulary from a ``VocabularySpec``, keeping it valid SKOS: at most one preferred
/// label per language, no label twice on a concept (S13/S14), no concept broader than, narrower
/// than or related to itself, at most one mapping between two concepts, every IRI unique.
struct SpecBuilder {
    static let base = "http://ex.org/"
    /// IRI suffixes: plain, with a dash, a non-ASCII letter, a dot, a tilde.
    static let slugs = ["", "-x", "_é", ".1", "~a"]
    static let justifications = ["ManualMappingCuration", "LexicalMatching", "MappingReview"].map { Namespace.semapv + $0 }
    static let authors = ["ann", "bob", "chloë"].map { base + "people/" + $0 }
    static let mappingSets = ["sets/one", "sets/two"].map { base + $0 }

    private(set) var vocabulary = Vocabulary()
    private let spec: VocabularySpec
    private let conceptIRIs: [String]
    private let schemeIRIs: [String]

    init(_ spec: VocabularySpec) {
        self.spec = spec
        schemeIRIs = spec.schemes.indices.map { Self.base + "s\($0)" }
        conceptIRIs = spec.concepts.enumerated().map { index, concept in
            Self.base + "s\(concept.namespace)/c\(index)" + Self.slugs[concept.slug % Self.slugs.count]
        }
        for (index, scheme) in spec.schemes.enumerated() where scheme.isDescribed || index == 0 {
            vocabulary.upsert(Self.scheme(scheme, iri: schemeIRIs[index]))
        }
        for index in spec.concepts.indices { addConcept(index) }
        addMappings()
    }

    static func scheme(_ spec: SchemeSpec, iri: String) -> ConceptScheme {
        var scheme = ConceptScheme(iri: iri)
        var languages: Set<String?> = []
        scheme.prefLabels = spec.prefLabels.filter { languages.insert($0.language).inserted }.map(\.string)
        scheme.titles = spec.title.map { [$0.string] } ?? []
        scheme.descriptions = spec.description.map { [$0.string] } ?? []
        scheme.notations = spec.notation.map { [Literal($0)] } ?? []
        scheme.versions = spec.version.map { [Literal("\($0).0")] } ?? []
        return scheme
    }

    private func scheme(_ number: Int) -> String { schemeIRIs[number % schemeIRIs.count] }

    /// The other concepts that numbers name, without the concept itself and without repeats.
    private func others(_ numbers: [Int], of index: Int) -> [String] {
        var seen: Set<Int> = [index]
        return numbers.map { $0 % conceptIRIs.count }.filter { seen.insert($0).inserted }.map { conceptIRIs[$0] }
    }

    private mutating func addConcept(_ index: Int) {
        let spec = spec.concepts[index]
        var concept = Concept(iri: conceptIRIs[index])
        addLabels(spec, to: &concept, index: index)
        var notes: Set<LabelSpec> = []
        for note in spec.notes where notes.insert(LabelSpec(kind: note.kind % NoteKind.allCases.count, text: note.text,
                                                            language: note.language, isXL: false)).inserted {
            concept.notes[NoteKind.allCases[note.kind % NoteKind.allCases.count], default: []].append(note.string)
        }
        concept.notations = spec.notation.map { [Literal($0, datatype: index.isMultiple(of: 2) ? nil : Self.base + "code")] } ?? []
        concept.broader = others(spec.broader, of: index)
        concept.narrower = others(spec.narrower, of: index)
        concept.related = others(spec.related, of: index)
        concept.inSchemes = [scheme(spec.scheme)]
        if let second = spec.secondScheme, scheme(second) != scheme(spec.scheme) { concept.inSchemes.append(scheme(second)) }
        if spec.isTop { addTopConcept(&concept) }
        if spec.isDeprecated {
            concept.isDeprecated = true
            concept.replacedBy = others([index + 1], of: index)
        }
        if let day = spec.modifiedDay {
            concept.dates[.modified] = [Literal("2024-03-\(day < 10 ? "0" : "")\(day)", datatype: Namespace.xsd + "date")]
        }
        vocabulary.upsert(concept)
    }

    /// The preferred label first, then the others: one preferred label per language, no label
    /// twice in any kind.
    private func addLabels(_ spec: ConceptSpec, to concept: inout Concept, index: Int) {
        var seen: Set<LangString> = []
        var preferredLanguages: Set<String?> = []
        for (number, label) in ([spec.prefLabel] + spec.labels).enumerated() {
            let kind = number == 0 ? LabelKind.preferred : LabelKind.allCases[label.kind % LabelKind.allCases.count]
            guard kind != .preferred || preferredLanguages.insert(label.language).inserted,
                  seen.insert(label.string).inserted else { continue }
            if label.isXL {
                let resource: Term = number.isMultiple(of: 2) ? .blank("c\(index)l\(number)")
                    : .iri(concept.iri + "/label\(number)")
                concept.xlLabels[kind, default: []].append(XLLabel(resource: resource, literalForm: label.string))
            } else {
                concept.labels[kind, default: []].append(label.string)
            }
        }
    }

    /// Makes a concept a top concept of its first scheme, stated both ways when the scheme is described.
    private mutating func addTopConcept(_ concept: inout Concept) {
        let scheme = concept.inSchemes[0]
        concept.topConceptOf = [scheme]
        vocabulary.modifyScheme(scheme) { $0.topConcepts.append(concept.iri) }
    }

    private mutating func addMappings() {
        guard !conceptIRIs.isEmpty else { return }
        var pairs: Set<[String]> = []
        for (number, spec) in spec.mappings.enumerated() {
            let subject = conceptIRIs[spec.subject % conceptIRIs.count]
            let object = spec.isExternal ? SchemeName.escoSkills + "skill-\(spec.object)" : conceptIRIs[spec.object % conceptIRIs.count]
            guard subject != object, pairs.insert([subject, object].sorted()).inserted else { continue }
            var mapping = Mapping(subject: subject, type: MatchType.allCases[spec.type % MatchType.allCases.count], object: object)
            if let provenance = spec.provenance { Self.annotate(&mapping, provenance, node: "m\(number)") }
            vocabulary.mappings.append(mapping)
        }
    }

    static func annotate(_ mapping: inout Mapping, _ provenance: MappingSpec.Provenance, node: String) {
        mapping.annotation = .blank(node)
        mapping.confidence = provenance.confidence.map { Double($0) / 100 }
        mapping.justification = provenance.justification.map { justifications[$0 % justifications.count] }
        var seen: Set<Int> = []
        mapping.authors = provenance.authors.filter { seen.insert($0).inserted }.map { authors[$0 % authors.count] }
        mapping.date = provenance.day.map { Literal("2025-01-\($0 < 10 ? "0" : "")\($0)", datatype: Namespace.xsd + "date") }
        mapping.comment = provenance.comment?.string
        mapping.mappingSet = provenance.mappingSet.map { mappingSets[$0 % mappingSets.count] }
    }
}
