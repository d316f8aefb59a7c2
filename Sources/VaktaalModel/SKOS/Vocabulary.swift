/// A SKOS vocabulary: concept schemes, concepts, collections and mappings, plus every triple of
/// its source that the model does not cover, so that nothing is lost on the way through.
public struct Vocabulary: Sendable {
    /// Concept schemes, in source order. Add, replace and remove them with ``upsert(_:)-(ConceptScheme)``,
    /// ``modifyScheme(_:_:)`` and ``removeScheme(_:)``, which keep ``scheme(_:)`` right.
    public private(set) var schemes: [ConceptScheme] = []
    /// Concepts, in source order. Add, replace and remove them with ``upsert(_:)-(Concept)``,
    /// ``modifyConcept(_:_:)`` and ``removeConcept(_:)``, which keep ``concept(_:)`` right.
    public private(set) var concepts: [Concept] = []
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

    /// Edits the concept with this IRI in place; its IRI stays as it is (remove the concept and
    /// upsert it under another IRI to rename it).
    public mutating func modifyConcept(_ iri: String, _ body: (inout Concept) -> Void) {
        guard let index = conceptIndex[iri] else { return }
        body(&concepts[index])
        concepts[index].iri = iri
    }

    /// Edits the scheme with this IRI in place; its IRI stays as it is.
    public mutating func modifyScheme(_ iri: String, _ body: (inout ConceptScheme) -> Void) {
        guard let index = schemeIndex[iri] else { return }
        body(&schemes[index])
        schemes[index].iri = iri
    }

    /// Removes the concept with this IRI and returns it; nil when there is none.
    @discardableResult
    public mutating func removeConcept(_ iri: String) -> Concept? {
        guard let index = conceptIndex[iri] else { return nil }
        let removed = concepts.remove(at: index)
        conceptIndex = Dictionary(concepts.enumerated().map { ($1.iri, $0) }, uniquingKeysWith: { first, _ in first })
        return removed
    }

    /// Removes the scheme with this IRI and returns it; nil when there is none.
    @discardableResult
    public mutating func removeScheme(_ iri: String) -> ConceptScheme? {
        guard let index = schemeIndex[iri] else { return nil }
        let removed = schemes.remove(at: index)
        schemeIndex = Dictionary(schemes.enumerated().map { ($1.iri, $0) }, uniquingKeysWith: { first, _ in first })
        return removed
    }

    /// The concepts a user means by `key`: the concept with that IRI, else those with that
    /// notation, else those whose preferred label is `key` (ignoring case).
    public func concepts(named key: String) -> [Concept] {
        if let concept = concept(key) { return [concept] }
        let byNotation = concepts.filter { $0.notations.contains { $0.lexicalForm == key } }
        if !byNotation.isEmpty { return byNotation }
        let lowered = key.lowercased()
        return concepts.filter { $0.allLabels(.preferred).contains { $0.value.lowercased() == lowered } }
    }

    /// The concepts of a scheme: those `inScheme` it or top concepts of it.
    public func concepts(inScheme scheme: String) -> [Concept] {
        concepts.filter { $0.inSchemes.contains(scheme) || $0.topConceptOf.contains(scheme) }
    }

    /// The schemes a concept belongs to, falling back to schemes listing it as top concept.
    public func schemes(of concept: Concept) -> [String] {
        concept.schemes(listedIn: schemes)
    }

}
