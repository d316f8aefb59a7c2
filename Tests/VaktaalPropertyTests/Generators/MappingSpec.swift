import PropertyBased

/// A generated mapping: from one concept to another concept or to an ESCO skill that is not
/// loaded, with or without SSSOM provenance.
struct MappingSpec: Sendable, Hashable {
    var subject: Int
    var object: Int
    /// Whether the object is an ESCO skill outside the vocabulary.
    var isExternal: Bool
    var type: Int
    var provenance: Provenance?

    /// What an `owl:Axiom` on the mapping says.
    struct Provenance: Sendable, Hashable {
        /// Confidence in hundredths.
        var confidence: Int?
        var justification: Int?
        var authors: [Int]
        var day: Int?
        var comment: LabelSpec?
        var mappingSet: Int?
    }

    static var provenance: Generator<Provenance, some SendableSequenceType> {
        zip(Gen.int(in: 0...100).optional(valueRate: 0.8), Gen.int(in: 0...2).optional(valueRate: 0.8),
            Gen.int(in: 0...2).array(of: 0...2), Gen.int(in: 1...28).optional(valueRate: 0.5),
            LabelSpec.any.optional(valueRate: 0.4), Gen.int(in: 0...1).optional(valueRate: 0.5))
            .map { confidence, justification, authors, day, comment, mappingSet in
                Provenance(confidence: confidence, justification: justification, authors: authors, day: day,
                           comment: comment, mappingSet: mappingSet)
            }
    }

    static var any: Generator<MappingSpec, some SendableSequenceType> {
        zip(Gen.int(in: 0...9), Gen.int(in: 0...9), Gen.bool(0.25), Gen.int(in: 0...4), provenance.optional(valueRate: 0.6))
            .map { subject, object, isExternal, type, provenance in
                MappingSpec(subject: subject, object: object, isExternal: isExternal, type: type, provenance: provenance)
            }
    }
}
