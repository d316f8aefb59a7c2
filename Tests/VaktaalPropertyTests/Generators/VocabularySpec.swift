import PropertyBased

/// A generated vocabulary before it is built: one to three schemes, up to eight concepts and up
/// to six mappings.
///
/// Not generated (the fixture-based tests cover them): collections, unmodelled triples, untyped
/// concepts, and mappings known only through their annotation.
struct VocabularySpec: Sendable, Hashable {
    var schemes: [SchemeSpec]
    var concepts: [ConceptSpec]
    var mappings: [MappingSpec]

    static var any: Generator<VocabularySpec, some SendableSequenceType> {
        zip(SchemeSpec.any.array(of: 1...3), ConceptSpec.any.array(of: 0...8), MappingSpec.any.array(of: 0...6))
            .map { schemes, concepts, mappings in VocabularySpec(schemes: schemes, concepts: concepts, mappings: mappings) }
    }
}
