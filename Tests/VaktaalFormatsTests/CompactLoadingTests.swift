import Testing
import VaktaalFormats
import VaktaalModel

/// Loading a file straight into a triple store (RDF/XML streams into it) gives what loading it
/// into a graph first gives.
@Suite(.enabled(if: SharedData.isAvailable)) struct CompactLoadingTests {
    static let gemetOld = SharedData.path("gemet/v3.1_2016-04-01/gemet-nl.rdf")
    static let gemetNew = SharedData.path("gemet/v4.0.1_2017-11-27/gemet-nl.rdf")

    @Test func streamedVocabularyIsTheGraphsVocabulary() throws {
        let graph = try VocabularyLoader.loadGraph(path: Self.gemetNew)
        let streamed = try VocabularyLoader.loadVocabulary(paths: [Self.gemetNew])
        let viaGraph = Vocabulary(graph: graph)
        #expect(streamed.concepts == viaGraph.concepts)
        #expect(streamed.schemes == viaGraph.schemes && streamed.collections == viaGraph.collections)
        #expect(streamed.mappings == viaGraph.mappings && streamed.extraTriples == viaGraph.extraTriples)
        #expect(streamed.prefixes.map(\.prefix) == graph.prefixes.map(\.prefix))
        #expect(streamed.graph().isIsomorphic(to: graph))
    }

    /// The byte path (reader to store, no `Triple` made) against the `Triple` path, on every real file.
    @Test(arguments: RealVocabularyTests.cases)
    func everyRealFileStreamsToTheGraphsVocabulary(_ testCase: RealVocabularyTests.Case) throws {
        let path = SharedData.path(testCase.rdf)
        let graph = try VocabularyLoader.loadGraph(path: path)
        let streamed = try VocabularyLoader.loadVocabulary(paths: [path])
        let viaGraph = Vocabulary(graph: graph)
        #expect(streamed.concepts == viaGraph.concepts && streamed.schemes == viaGraph.schemes)
        #expect(streamed.mappings == viaGraph.mappings && streamed.extraTriples == viaGraph.extraTriples)
        #expect(streamed.graph().isIsomorphic(to: graph))
    }

    @Test func compactDiffIsTheModelDiff() throws {
        let compact = VocabularyDiff(old: try VocabularyLoader.loadCompactVocabulary(paths: [Self.gemetOld]),
                                     new: try VocabularyLoader.loadCompactVocabulary(paths: [Self.gemetNew]))
        let model = VocabularyDiff(old: try VocabularyLoader.loadVocabulary(paths: [Self.gemetOld]),
                                   new: try VocabularyLoader.loadVocabulary(paths: [Self.gemetNew]))
        #expect(compact.summary == model.summary)
        #expect(compact.changed == model.changed && compact.mappings == model.mappings && compact.schemes == model.schemes)
        #expect(compact.added.map(\.iri) == model.added.map(\.iri) && compact.removed.map(\.iri) == model.removed.map(\.iri))
        #expect(compact.names == model.names)
    }
}
