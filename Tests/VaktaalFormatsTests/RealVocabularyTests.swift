import Testing
import VaktaalFormats
import VaktaalModel

/// Real RDF/XML vocabularies written by other tools give exactly the triples rdflib reads from them.
@Suite struct RealVocabularyTests {
    struct Case: CustomStringConvertible, Sendable {
        let rdf: String
        let reference: String
        var description: String { rdf }
    }

    static let cases: [Case] = [
        Case(rdf: "gemet/v3.1_2016-04-01/gemet-en.rdf", reference: "reference-nt/gemet-geonetwork_v3.1_2016-04-01_gemet-en.sorted.nt"),
        Case(rdf: "gemet/v3.1_2016-04-01/gemet-nl.rdf", reference: "reference-nt/gemet-geonetwork_v3.1_2016-04-01_gemet-nl.sorted.nt"),
        Case(rdf: "gemet/v3.1_2016-04-01/inspire-theme.rdf", reference: "reference-nt/gemet-geonetwork_v3.1_2016-04-01_inspire-theme.sorted.nt"),
        Case(rdf: "gemet/v4.0.1_2017-11-27/gemet-en.rdf", reference: "reference-nt/gemet-geonetwork_v4.0.1_2017-11-27_gemet-en.sorted.nt"),
        Case(rdf: "gemet/v4.0.1_2017-11-27/gemet-nl.rdf", reference: "reference-nt/gemet-geonetwork_v4.0.1_2017-11-27_gemet-nl.sorted.nt"),
        Case(rdf: "qskos/src/test/resources/stw.rdf", reference: "reference-nt/qskos-test-vocabs_src_test_resources_stw.sorted.nt"),
        Case(rdf: "skos-history/examples/test_load/data/v1/subdivisions-skos.rdf", reference: "reference-nt/skos-history-examples_examples_test_load_data_v1_subdivisions-skos.sorted.nt"),
        Case(rdf: "skos-history/examples/test_load/data/v2/subdivisions-skos.rdf", reference: "reference-nt/skos-history-examples_examples_test_load_data_v2_subdivisions-skos.sorted.nt"),
        Case(rdf: "skos-history/examples/test_query/data/old/test.rdf", reference: "reference-nt/skos-history-examples_examples_test_query_data_old_test.sorted.nt"),
        Case(rdf: "skos-history/examples/test_query/data/new/test.rdf", reference: "reference-nt/skos-history-examples_examples_test_query_data_new_test.sorted.nt"),
        Case(rdf: "unesco/2016-10-26/unesco-thesaurus.rdf", reference: "unesco/2016-10-26/unesco-thesaurus.sorted.nt"),
    ]

    static func load(_ path: String) throws -> Graph {
        let full = SharedData.path(path)
        return try RDFXMLReader.read(try InputFile.read(full), file: path, base: "file://" + full)
    }

    @Test(arguments: cases)
    func matchesReferenceTriples(_ testCase: Case) throws {
        let graph = try Self.load(testCase.rdf)
        let reference = try NTriplesReader.read(try InputFile.read(SharedData.path(testCase.reference)), file: testCase.reference)
        #expect(graph.count == reference.count)
        #expect(graph.isIsomorphic(to: reference))
    }

    @Test(arguments: cases)
    func vocabularyModelLosesNothing(_ testCase: Case) throws {
        let graph = try Self.load(testCase.rdf)
        let vocabulary = Vocabulary(graph: graph)
        #expect(!vocabulary.concepts.isEmpty)
        #expect(vocabulary.graph().isIsomorphic(to: graph))
    }

    @Test func gemetDutchHasItsConceptsAndLabels() throws {
        let vocabulary = Vocabulary(graph: try Self.load("gemet/v3.1_2016-04-01/gemet-nl.rdf"))
        #expect(vocabulary.concepts.count == 5220)
        let withDutch = vocabulary.concepts.filter { $0.allLabels(.preferred).contains { $0.language == "nl" } }
        #expect(withDutch.count > 5000)
    }
}
