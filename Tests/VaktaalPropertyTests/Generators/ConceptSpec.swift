import PropertyBased

/// A generated concept. Links to other concepts and schemes are numbers taken modulo the number
/// of concepts and schemes when the vocabulary is built, so that every shrunk spec still builds a
/// valid vocabulary.
struct ConceptSpec: Sendable, Hashable {
    /// Where the IRI lives: `http://ex.org/s<namespace>/…`, which need not be its scheme's IRI.
    var namespace: Int
    /// A suffix for the IRI, by number (``VocabularyBuilder/slugs``).
    var slug: Int
    var scheme: Int
    var secondScheme: Int?
    var isTop: Bool
    var prefLabel: LabelSpec
    var labels: [LabelSpec]
    var notes: [LabelSpec]
    var notation: String?
    var broader: [Int]
    var narrower: [Int]
    var related: [Int]
    var isDeprecated: Bool
    var modifiedDay: Int?

    static var any: Generator<ConceptSpec, some SendableSequenceType> {
        let place = zip(Gen.int(in: 0...3), Gen.int(in: 0...4), Gen.int(in: 0...3), Gen.int(in: 0...3).optional(valueRate: 0.3),
                        Gen.bool(0.3))
        let texts = zip(LabelSpec.any, LabelSpec.any.array(of: 0...4), LabelSpec.any.array(of: 0...2),
                        TextGen.notation.optional(valueRate: 0.4))
        let links = zip(Gen.int(in: 0...9).array(of: 0...2), Gen.int(in: 0...9).array(of: 0...1),
                        Gen.int(in: 0...9).array(of: 0...1))
        let state = zip(Gen.bool(0.15), Gen.int(in: 1...28).optional(valueRate: 0.3))
        return zip(place, texts, links, state).map { place, texts, links, state in
            ConceptSpec(namespace: place.0, slug: place.1, scheme: place.2, secondScheme: place.3, isTop: place.4,
                        prefLabel: texts.0, labels: texts.1, notes: texts.2, notation: texts.3,
                        broader: links.0, narrower: links.1, related: links.2,
                        isDeprecated: state.0, modifiedDay: state.1)
        }
    }
}
