import PropertyBased
import VaktaalModel

/// A random but valid vocabulary, as property tests receive it. Its description is the sorted
/// N-Triples of its graph, so that a failing (shrunk) case can be read and pasted into a test.
struct GeneratedVocabulary: Sendable, CustomStringConvertible {
    let vocabulary: Vocabulary

    init(_ spec: VocabularySpec) {
        vocabulary = SpecBuilder(spec).vocabulary
    }

    var description: String {
        "\n" + vocabulary.graph().triples.map(\.description).sorted().joined(separator: "\n") + "\n"
    }

    /// Every scheme the vocabulary's concepts name, described or not, in order.
    var schemeIRIs: [String] {
        var seen: Set<String> = []
        let named = vocabulary.schemes.map(\.iri) + vocabulary.concepts.flatMap { vocabulary.schemes(of: $0) }
        return named.filter { seen.insert($0).inserted }
    }
}

extension Gen where Value == GeneratedVocabulary {
    /// Random valid vocabularies; they shrink towards fewer schemes, concepts, labels and
    /// mappings, and towards shorter texts.
    static var vocabulary: Generator<GeneratedVocabulary, some SendableSequenceType> {
        VocabularySpec.any.map { GeneratedVocabulary($0) }
    }
}
