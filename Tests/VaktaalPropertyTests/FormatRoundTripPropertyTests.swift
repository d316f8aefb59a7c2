import PropertyBased
import Testing
import VaktaalFormats
import VaktaalModel

/// Writing a generated vocabulary in a format and reading it back gives the same vocabulary:
/// an isomorphic graph, and a model whose graph is isomorphic too.
@Suite(.shrinking) struct FormatRoundTripPropertyTests {
    /// Every format Vaktaal both writes and reads whole vocabularies in (SSSOM carries mappings
    /// only and has a test of its own; the ESCO download is read only). None of them needs a
    /// narrower generator: each carries everything generated, CSV putting what its columns cannot
    /// hold (labels with line breaks in list cells, SKOS-XL, axioms) in its `extra` column.
    static let formats: [RDFFormat] = [.rdfxml, .ntriples, .turtle, .json, .ndjson, .csv]

    @Test(arguments: formats)
    func writingThenReadingGivesTheSameVocabulary(_ format: RDFFormat) async {
        await propertyCheck(failingOnErrors: 50, input: Gen.vocabulary) { generated in
            let graph = generated.vocabulary.graph()
            let back = try FormatRoundTrip.run(graph, format)
            #expect(back.isIsomorphic(to: graph), "\(FormatRoundTrip.difference(graph, back))")
            #expect(Vocabulary(graph: back).graph().isIsomorphic(to: graph))
        }
    }
}
