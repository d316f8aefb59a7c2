/// Counts that describe a vocabulary: what it holds, in which languages, and how its schemes are
/// mapped to each other.
public struct VocabularyStatistics: Sendable, Codable, Equatable {
    /// Counts for one concept scheme.
    public struct SchemeCounts: Sendable, Codable, Equatable {
        /// The scheme IRI.
        public var iri: String
        /// The scheme's name, in Dutch when it has one.
        public var name: String?
        /// Concepts in the scheme.
        public var concepts: Int
        /// Top concepts.
        public var topConcepts: Int
        /// The deepest level of its hierarchy (top concepts are level 1).
        public var depth: Int
        /// Concepts of this scheme with at least one outgoing mapping.
        public var mappedConcepts: Int
        /// Mapped concepts as a share of all concepts (0…1).
        public var mappedShare: Double
    }

    /// Mappings from one scheme to another.
    public struct MappingSetCounts: Sendable, Codable, Equatable {
        /// The scheme of the subject concepts (or `unknown`).
        public var fromScheme: String
        /// The scheme of the target concepts, or the target namespace when not loaded.
        public var toScheme: String
        /// Number of mappings.
        public var mappings: Int
        /// Mappings by match type (`exactMatch`, …).
        public var byType: [String: Int]
        /// Distinct subject concepts mapped.
        public var subjects: Int
        /// Share of the subject scheme's concepts mapped (0…1), when the scheme is loaded.
        public var coverage: Double?
        /// Mappings that carry a confidence.
        public var withConfidence: Int
        /// Mappings that carry a justification.
        public var withJustification: Int
    }

    /// Concept schemes.
    public var schemes: Int
    /// Concepts.
    public var concepts: Int
    /// Collections.
    public var collections: Int
    /// Deprecated concepts.
    public var deprecatedConcepts: Int
    /// Labels per kind and language: `prefLabel` → `nl` → count (plain and SKOS-XL together).
    public var labels: [String: [String: Int]]
    /// Documentation notes per kind.
    public var notes: [String: Int]
    /// Relations: `broader`, `narrower`, `related`.
    public var relations: [String: Int]
    /// Mappings per match type.
    public var mappings: [String: Int]
    /// Triples that the SKOS model does not cover but keeps.
    public var extraTriples: Int
    /// Per scheme.
    public var perScheme: [SchemeCounts]
    /// Per pair of schemes.
    public var mappingSets: [MappingSetCounts]
}
