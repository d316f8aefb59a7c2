/// A concept of a shared scheme (the hub) that one scheme maps to and another does not: where an
/// advisor translating between the two finds no counterpart.
public struct MappingGap: Sendable, Equatable {
    /// The hub concept.
    public var concept: String
    /// The concepts of the first scheme mapped to it.
    public var mappedFrom: [String]
    /// The nearest broader concept of it that the second scheme does map to, if any: what the
    /// advisor is offered instead.
    public var nearestMappedAncestor: String?

    /// The concepts of `hub` that concepts of `from` map to (in either direction) and no concept
    /// of `to` does, in notation order of their IRIs.
    public static func gaps(in vocabulary: Vocabulary, from: String, to: String, hub: String) -> [MappingGap] {
        var schemeOf: [String: Set<String>] = [:]
        for concept in vocabulary.concepts { schemeOf[concept.iri] = Set(vocabulary.schemes(of: concept)) }
        var mapped: [String: [String: [String]]] = [:]
        for mapping in vocabulary.mappings {
            for (sector, hubConcept) in [(mapping.subject, mapping.object), (mapping.object, mapping.subject)] {
                guard schemeOf[hubConcept]?.contains(hub) == true, let schemes = schemeOf[sector] else { continue }
                for scheme in schemes where scheme == from || scheme == to {
                    mapped[hubConcept, default: [:]][scheme, default: []].append(sector)
                }
            }
        }
        let hierarchy = HierarchyIndex(vocabulary)
        return mapped.compactMap { concept, byScheme -> MappingGap? in
            guard let sources = byScheme[from], byScheme[to] == nil else { return nil }
            let ancestor = hierarchy.ancestors(of: concept).first { mapped[$0]?[to] != nil }
            return MappingGap(concept: concept, mappedFrom: sources.sorted(), nearestMappedAncestor: ancestor)
        }.sorted { $0.concept < $1.concept }
    }
}
