package import VaktaalModel

/// Everything `vaktaal show` tells about one concept, ready for text or JSON; `GET
/// /api/concepts/{id}` answers the same JSON.
package struct ConceptReport: Encodable, Sendable {
    /// Another concept or scheme, named.
    package struct Reference: Encodable, Sendable {
        package let iri: String
        package let notation: String?
        package let label: String?
    }

    /// A mapping from or to the concept.
    package struct MappingReport: Encodable, Sendable {
        package let direction: String
        package let type: String
        package let concept: Reference
        package let scheme: String?
        package let confidence: Double?
        package let justification: String?
        package let authors: [String]
        package let date: String?
        package let comment: String?
    }

    package let iri: String
    package let notations: [String]
    package let schemes: [Reference]
    package let labels: [String: [LangString]]
    package let notes: [String: [LangString]]
    package let broader: [Reference]
    package let narrower: [Reference]
    package let related: [Reference]
    package let deprecated: Bool
    package let replacedBy: [Reference]
    package let mappings: [MappingReport]

    /// `objectLabels` (``Vocabulary/objectLabels()``) name mapping targets that are not loaded
    /// (ESCO skills) by the mapping set's label.
    package init(_ concept: Concept, in vocabulary: Vocabulary, hierarchy: HierarchyIndex, language: String, objectLabels: [String: String]) {
        func reference(_ iri: String) -> Reference {
            let target = vocabulary.concept(iri)
            return Reference(iri: iri, notation: target?.notations.first?.lexicalForm,
                             label: target?.prefLabel(language) ?? vocabulary.scheme(iri)?.name(language) ?? objectLabels[iri])
        }
        iri = concept.iri
        notations = concept.notations.map(\.lexicalForm)
        schemes = vocabulary.schemes(of: concept).map(reference)
        var labels: [String: [LangString]] = [:]
        for kind in LabelKind.allCases where !concept.allLabels(kind).isEmpty {
            labels[kind.rawValue] = concept.allLabels(kind).sorted()
        }
        self.labels = labels
        notes = Dictionary(uniqueKeysWithValues: concept.notes.filter { !$0.value.isEmpty }.map { ($0.key.rawValue, $0.value.sorted()) })
        broader = hierarchy.broader[concept.iri, default: []].map(reference)
        narrower = hierarchy.narrower[concept.iri, default: []].map(reference)
        related = Array(Set(concept.related)).sorted().map(reference)
        deprecated = concept.isDeprecated
        replacedBy = concept.replacedBy.map(reference)
        let outgoing = vocabulary.mappings.filter { $0.subject == concept.iri }.map { ($0, "outgoing", $0.object) }
        let incoming = vocabulary.mappings.filter { $0.object == concept.iri }.map { ($0, "incoming", $0.subject) }
        mappings = (outgoing + incoming).map { mapping, direction, other in
            let otherConcept = vocabulary.concept(other)
            return MappingReport(
                direction: direction, type: mapping.type.rawValue, concept: reference(other),
                scheme: otherConcept.flatMap { vocabulary.schemes(of: $0).first },
                confidence: mapping.confidence, justification: mapping.justification, authors: mapping.authors,
                date: mapping.date?.lexicalForm, comment: mapping.comment?.value)
        }.sorted { ($0.direction, $0.type, $0.concept.iri) > ($1.direction, $1.type, $1.concept.iri) }
    }
}
