import Testing
import VaktaalFormats
import VaktaalModel

/// Loading a file straight into a triple store (RDF/XML streams into it) gives what loading it
/// into a graph first gives.
@Suite(.enabled(if: SharedData.isAvailable)) struct CompactLoadingTests {
    /// The byte path (reader to store, no `Triple` made) against the `Triple` path, on every real file.
    @Test(arguments: RealVocabularyTests.cases)
    func everyRealFileStreamsToTheGraphsVocabulary(_ testCase: RealVocabularyTests.Case) throws {
        let path = SharedData.path(testCase.rdf)
        let graph = try VocabularyLoader.loadGraph(path: path)
        let streamed = try VocabularyLoader.loadVocabulary(paths: [path])
        let viaGraph = Vocabulary(graph: graph)
        #expect(streamed.concepts == viaGraph.concepts && streamed.schemes == viaGraph.schemes)
        #expect(streamed.mappings == viaGraph.mappings && streamed.extraTriples == viaGraph.extraTriples)
        #expect(streamed.collections == viaGraph.collections)
        #expect(streamed.prefixes.map(\.prefix) == graph.prefixes.map(\.prefix))
        #expect(streamed.graph().isIsomorphic(to: graph))
    }
}

/// RDF/XML files and an ESCO download loaded together stream into one store: the same vocabulary
/// as merging their graphs.
@Suite struct MixedLoadingTests {
    @Test(arguments: ["ESCO/v1.0", "ESCO/v1.1", "ESCO/v1.2"])
    func vocabulariesBesideAnESCODownloadLoadAsTheirMergedGraph(_ release: String) throws {
        let paths = [SharedData.repositoryRoot + "/Vocabularies", Fixtures.path(release)]
        let streamed = try VocabularyLoader.loadVocabulary(paths: paths)
        let merged = Vocabulary(graph: try VocabularyLoader.loadMergedGraph(paths: paths))
        #expect(streamed.concepts.count > 793)
        #expect(streamed.concepts == merged.concepts && streamed.schemes == merged.schemes)
        #expect(streamed.mappings == merged.mappings && streamed.collections == merged.collections)
        #expect(Set(streamed.extraTriples) == Set(merged.extraTriples))
        #expect(streamed.prefixes.map(\.prefix) == merged.prefixes.map(\.prefix))
        #expect(streamed.prefixes.map(\.namespace) == merged.prefixes.map(\.namespace))
    }
}
