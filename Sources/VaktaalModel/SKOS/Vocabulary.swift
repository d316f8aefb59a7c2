/// A SKOS vocabulary: concept schemes, concepts, collections and mappings, plus every triple of
/// its source that the model does not cover, so that nothing is lost on the way through.
public struct Vocabulary: Sendable {
    /// Concept schemes, in source order.
    public var schemes: [ConceptScheme] = []
    /// Concepts, in source order.
    public var concepts: [Concept] = []
    /// Collections, in source order.
    public var collections: [SKOSCollection] = []
    /// Mappings, in source order.
    public var mappings: [Mapping] = []
    /// The triples of the source that no modelled value stands for.
    public var extraTriples: [Triple] = []
    /// Prefixes declared by the source.
    public var prefixes: [(prefix: String, namespace: String)] = []

    private var conceptIndex: [String: Int] = [:]
    private var schemeIndex: [String: Int] = [:]

    /// Creates an empty vocabulary.
    public init() {}

    /// The concept with this IRI.
    public func concept(_ iri: String) -> Concept? {
        conceptIndex[iri].map { concepts[$0] }
    }

    /// The scheme with this IRI.
    public func scheme(_ iri: String) -> ConceptScheme? {
        schemeIndex[iri].map { schemes[$0] }
    }

    /// Adds a concept, or replaces the one with the same IRI.
    public mutating func upsert(_ concept: Concept) {
        if let index = conceptIndex[concept.iri] { concepts[index] = concept; return }
        conceptIndex[concept.iri] = concepts.count
        concepts.append(concept)
    }

    /// Adds a scheme, or replaces the one with the same IRI.
    public mutating func upsert(_ scheme: ConceptScheme) {
        if let index = schemeIndex[scheme.iri] { schemes[index] = scheme; return }
        schemeIndex[scheme.iri] = schemes.count
        schemes.append(scheme)
    }

    /// Edits the concept with this IRI in place.
    public mutating func modifyConcept(_ iri: String, _ body: (inout Concept) -> Void) {
        guard let index = conceptIndex[iri] else { return }
        body(&concepts[index])
    }

    /// The concepts of a scheme: those `inScheme` it or top concepts of it.
    public func concepts(inScheme scheme: String) -> [Concept] {
        concepts.filter { $0.inSchemes.contains(scheme) || $0.topConceptOf.contains(scheme) }
    }

    /// The schemes a concept belongs to, falling back to schemes listing it as top concept.
    public func schemes(of concept: Concept) -> [String] {
        var result = concept.inSchemes + concept.topConceptOf.filter { !concept.inSchemes.contains($0) }
        if result.isEmpty {
            result = schemes.filter { $0.topConcepts.contains(concept.iri) }.map(\.iri)
        }
        return result
    }

}
