import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// Test material for the JSKOS tests: a vocabulary built in code that uses every feature, and
/// paths to the shared JSKOS examples and real vocabularies beside the repository.
enum JSKOSFixtures {
    /// The repository root, found from this file's path.
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// A path under `../shared/data/`.
    static func shared(_ relative: String) -> String {
        repositoryRoot + "/../shared/data/" + relative
    }

    /// The bytes of a shared file.
    static func bytes(_ relative: String) throws -> [UInt8] {
        try InputFile.read(shared(relative))
    }

    /// A vocabulary read from N-Triples text.
    static func vocabulary(_ ntriples: String) throws -> Vocabulary {
        Vocabulary(graph: try NTriplesReader.read(Array(ntriples.utf8), file: "fixture.nt"))
    }

    /// Every feature the JSKOS writer has to carry: labels JSKOS can and cannot hold, SKOS-XL,
    /// typed and untyped values, annotated and plain mappings, collections and unmodelled triples.
    static let rich = """
    <http://ex.org/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#ConceptScheme> .
    <http://ex.org/s> <http://www.w3.org/2004/02/skos/core#prefLabel> "Skills"@en .
    <http://ex.org/s> <http://www.w3.org/2004/02/skos/core#prefLabel> "Vaardigheden"@nl .
    <http://ex.org/s> <http://purl.org/dc/terms/title> "Skills title"@en .
    <http://ex.org/s> <http://purl.org/dc/terms/description> "A test scheme" .
    <http://ex.org/s> <http://www.w3.org/2004/02/skos/core#notation> "S1"^^<http://ex.org/notationType> .
    <http://ex.org/s> <http://www.w3.org/2004/02/skos/core#hasTopConcept> <http://ex.org/a> .
    <http://ex.org/s> <http://www.w3.org/2002/07/owl#versionInfo> "1.2" .
    <http://ex.org/s> <http://purl.org/dc/terms/created> "2020-01-31"^^<http://www.w3.org/2001/XMLSchema#date> .
    <http://ex.org/s> <http://purl.org/dc/terms/modified> "2021-02-03" .
    <http://ex.org/s> <http://www.w3.org/2004/02/skos/core#definition> "Scheme definition"@en .
    <http://ex.org/s> <http://purl.org/dc/terms/creator> <http://ex.org/people/ann> .
    <http://ex.org/s> <http://purl.org/dc/terms/license> <https://creativecommons.org/licenses/by/4.0/> .
    <http://ex.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#Concept> .
    <http://ex.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://ex.org/SkillType> .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> "welding"@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> "arc welding"@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> "lassen"@nl .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> "weld (untagged)" .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> "welding (GB)"@en-gb .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#altLabel> "soldering"@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#altLabel> "fusing"@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#altLabel> "unknown-language label"@und .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#altLabel> ""@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#altLabel> "overlong tag"@de-x-abcdefghij .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#hiddenLabel> "wleding"@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#notation> "A-1" .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#notation> "0042"^^<http://www.w3.org/2001/XMLSchema#integer> .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#definition> "Joining metals by heat.\\nSecond line with \\"quotes\\" and a tab\\t."@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#scopeNote> "untagged scope note" .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#example> "pipe welding"@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#historyNote> "Added 2020"@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#editorialNote> "check"@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#changeNote> "renamed"@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#note> "Émile's note — ünïcödé 𝄞"@fr .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#narrower> <http://ex.org/b> .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#related> <http://ex.org/c> .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#inScheme> <http://ex.org/s> .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#topConceptOf> <http://ex.org/s> .
    <http://ex.org/a> <http://purl.org/dc/terms/created> "2020-01-31T10:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .
    <http://ex.org/a> <http://purl.org/dc/terms/issued> "2020"^^<http://www.w3.org/2001/XMLSchema#gYear> .
    <http://ex.org/a> <http://purl.org/dc/terms/modified> "2021-05-06"^^<http://www.w3.org/2001/XMLSchema#date> .
    <http://ex.org/a> <http://purl.org/dc/terms/modified> "2022-05-06"^^<http://www.w3.org/2001/XMLSchema#date> .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#exactMatch> <http://other.org/x1> .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#closeMatch> <http://other.org/x2> .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#narrowMatch> <http://other.org/x3> .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#exactMatch> "not an IRI" .
    <http://ex.org/a> <http://www.w3.org/2008/05/skos-xl#prefLabel> _:xl1 .
    _:xl1 <http://www.w3.org/2008/05/skos-xl#literalForm> "welding (XL)"@en .
    _:xl1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2008/05/skos-xl#Label> .
    _:xl1 <http://purl.org/dc/terms/modified> "2020-02-02" .
    <http://ex.org/a> <http://www.w3.org/2008/05/skos-xl#altLabel> <http://ex.org/label/7> .
    <http://ex.org/label/7> <http://www.w3.org/2008/05/skos-xl#literalForm> "XL without language" .
    <http://ex.org/a> <http://www.w3.org/2008/05/skos-xl#hiddenLabel> _:xl2 .
    _:xl2 <http://www.w3.org/2008/05/skos-xl#literalForm> "und label"@und .
    <http://ex.org/b> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#Concept> .
    <http://ex.org/b> <http://www.w3.org/2004/02/skos/core#prefLabel> "MIG welding"@en .
    <http://ex.org/b> <http://www.w3.org/2004/02/skos/core#broader> <http://ex.org/a> .
    <http://ex.org/b> <http://www.w3.org/2004/02/skos/core#inScheme> <http://ex.org/s> .
    <http://ex.org/b> <http://www.w3.org/2002/07/owl#deprecated> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .
    <http://ex.org/b> <http://purl.org/dc/terms/isReplacedBy> <http://ex.org/a> .
    <http://ex.org/b> <http://www.w3.org/2004/02/skos/core#narrower> _:anon .
    _:anon <http://www.w3.org/2004/02/skos/core#prefLabel> "anonymous narrower"@en .
    <http://ex.org/c> <http://www.w3.org/2004/02/skos/core#inScheme> <http://ex.org/s> .
    <http://ex.org/c> <http://www.w3.org/2004/02/skos/core#prefLabel> "untyped concept"@en .
    <http://ex.org/c> <http://www.w3.org/2002/07/owl#deprecated> "false"^^<http://www.w3.org/2001/XMLSchema#boolean> .
    _:ax1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#Axiom> .
    _:ax1 <http://www.w3.org/2002/07/owl#annotatedSource> <http://ex.org/a> .
    _:ax1 <http://www.w3.org/2002/07/owl#annotatedProperty> <http://www.w3.org/2004/02/skos/core#closeMatch> .
    _:ax1 <http://www.w3.org/2002/07/owl#annotatedTarget> <http://other.org/x2> .
    _:ax1 <https://w3id.org/sssom/confidence> "0.8"^^<http://www.w3.org/2001/XMLSchema#double> .
    _:ax1 <https://w3id.org/sssom/mapping_justification> <https://w3id.org/semapv/vocab/ManualMappingCuration> .
    _:ax1 <https://w3id.org/sssom/author_id> <http://ex.org/people/ann> .
    _:ax1 <https://w3id.org/sssom/author_id> <http://ex.org/people/bob> .
    _:ax1 <https://w3id.org/sssom/mapping_date> "2023-04-05"^^<http://www.w3.org/2001/XMLSchema#date> .
    _:ax1 <https://w3id.org/sssom/comment> "checked twice"@en .
    _:ax1 <https://w3id.org/sssom/mapping_tool> "hand" .
    <http://ex.org/sets/1> <https://w3id.org/sssom/mappings> _:ax1 .
    <http://ex.org/sets/1> <http://purl.org/dc/terms/title> "Mapping set"@en .
    <http://ex.org/ax2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#Axiom> .
    <http://ex.org/ax2> <http://www.w3.org/2002/07/owl#annotatedSource> <http://ex.org/a> .
    <http://ex.org/ax2> <http://www.w3.org/2002/07/owl#annotatedProperty> <http://www.w3.org/2004/02/skos/core#narrowMatch> .
    <http://ex.org/ax2> <http://www.w3.org/2002/07/owl#annotatedTarget> <http://other.org/x3> .
    <http://ex.org/ax2> <https://w3id.org/sssom/confidence> "0.50"^^<http://www.w3.org/2001/XMLSchema#decimal> .
    <http://ex.org/ax2> <https://w3id.org/sssom/mapping_date> "2023" .
    <http://ex.org/ax2> <https://w3id.org/sssom/comment> "kommentar"@und .
    _:ax3 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#Axiom> .
    _:ax3 <http://www.w3.org/2002/07/owl#annotatedSource> <http://ex.org/b> .
    _:ax3 <http://www.w3.org/2002/07/owl#annotatedProperty> <http://www.w3.org/2004/02/skos/core#broadMatch> .
    _:ax3 <http://www.w3.org/2002/07/owl#annotatedTarget> <http://other.org/x4> .
    _:ax4 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#Axiom> .
    _:ax4 <http://www.w3.org/2002/07/owl#annotatedSource> <http://ex.org/b> .
    _:ax4 <http://www.w3.org/2002/07/owl#annotatedProperty> <http://www.w3.org/2004/02/skos/core#relatedMatch> .
    _:ax4 <http://www.w3.org/2002/07/owl#annotatedTarget> <http://other.org/x5> .
    <http://ex.org/b> <http://www.w3.org/2004/02/skos/core#relatedMatch> <http://other.org/x5> .
    <http://ex.org/coll> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#Collection> .
    <http://ex.org/coll> <http://www.w3.org/2004/02/skos/core#prefLabel> "Welding skills"@en .
    <http://ex.org/coll> <http://www.w3.org/2004/02/skos/core#member> <http://ex.org/a> .
    <http://ex.org/coll> <http://www.w3.org/2004/02/skos/core#member> <http://ex.org/b> .
    <http://ex.org/ord> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#OrderedCollection> .
    <http://ex.org/ord> <http://www.w3.org/2004/02/skos/core#memberList> _:l1 .
    _:l1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> <http://ex.org/b> .
    _:l1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:l2 .
    _:l2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> <http://ex.org/a> .
    _:l2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .
    <http://ex.org/ont> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#Ontology> .
    <http://ex.org/ont> <http://www.w3.org/2004/02/skos/core#prefLabel> "not a concept"@en .
    """

    /// Real vocabularies, as N-Triples written by rdflib.
    static let realVocabularies = [
        "reference-nt/qskos-test-vocabs_src_test_resources_stw.sorted.nt",
        "reference-nt/skos-history-examples_examples_test_load_data_v2_subdivisions-skos.sorted.nt",
        "reference-nt/skos-history-examples_examples_test_query_data_new_test.sorted.nt",
        "reference-nt/gemet-geonetwork_v3.1_2016-04-01_inspire-theme.sorted.nt",
    ]
}

/// Writing JSKOS and reading it back gives a vocabulary with an isomorphic graph.
@Suite struct JSKOSRoundTripTests {
    private func roundTrip(_ vocabulary: Vocabulary, _ label: String) throws {
        let original = vocabulary.graph()
        let document = try JSKOSWriter.document(vocabulary)
        let fromDocument = try JSKOSReader.read(document, file: label + ".json").graph()
        #expect(fromDocument.count == original.count, "document: \(label)")
        #expect(fromDocument.isIsomorphic(to: original), "document: \(label)")
        let lines = try JSKOSWriter.ndjson(vocabulary)
        let fromLines = try JSKOSReader.read(lines, file: label + ".ndjson").graph()
        #expect(fromLines.count == original.count, "NDJSON: \(label)")
        #expect(fromLines.isIsomorphic(to: original), "NDJSON: \(label)")
    }

    @Test func richFixtureSurvivesDocumentAndNDJSON() throws {
        let vocabulary = try JSKOSFixtures.vocabulary(JSKOSFixtures.rich)
        #expect(vocabulary.mappings.count == 5)
        #expect(!vocabulary.extraTriples.isEmpty)
        try roundTrip(vocabulary, "rich")
    }

    @Test func modelValuesComeBackUnchanged() throws {
        let vocabulary = try JSKOSFixtures.vocabulary(JSKOSFixtures.rich)
        let back = try JSKOSReader.read(try JSKOSWriter.document(vocabulary), file: "rich.json")
        let concept = try #require(back.concept("http://ex.org/a"))
        #expect(Set(concept.labels[.preferred] ?? []) == Set(try #require(vocabulary.concept("http://ex.org/a")).labels[.preferred] ?? []))
        #expect(concept.labels[.preferred]?.contains(LangString("weld (untagged)")) == true)
        #expect(concept.labels[.alternative]?.contains(LangString("unknown-language label", language: "und")) == true)
        #expect(concept.notations.contains(Literal("0042", datatype: Namespace.xsd + "integer")))
        #expect(concept.xlLabels[.preferred]?.first?.literalForm == LangString("welding (XL)", language: "en"))
        #expect(back.concept("http://ex.org/c")?.isTyped == false)
        #expect(back.concept("http://ex.org/b")?.isDeprecated == true)
        let close = try #require(back.mappings.first { $0.type == .close })
        #expect(close.confidence == 0.8)
        #expect(close.justification == "https://w3id.org/semapv/vocab/ManualMappingCuration")
        #expect(Set(close.authors) == ["http://ex.org/people/ann", "http://ex.org/people/bob"])
        #expect(close.date == Literal("2023-04-05", datatype: Namespace.xsd + "date"))
        #expect(close.comment == LangString("checked twice", language: "en"))
        #expect(close.mappingSet == "http://ex.org/sets/1")
        #expect(back.mappings.first { $0.type == .broad }?.isAsserted == false)
        #expect(back.scheme("http://ex.org/s")?.titles == [LangString("Skills title", language: "en")])
        #expect(back.collections.first { $0.iri == "http://ex.org/ord" }?.isOrdered == true)
    }

    @Test func handBuiltModelWithoutGraphSurvives() throws {
        var vocabulary = Vocabulary()
        var scheme = ConceptScheme(iri: "http://ex.org/scheme")
        scheme.prefLabels = [LangString("Scheme", language: "en")]
        scheme.versions = [Literal("2", datatype: Namespace.xsd + "integer")]
        vocabulary.upsert(scheme)
        var concept = Concept(iri: "http://ex.org/c1")
        concept.labels[.preferred] = [LangString("one", language: "en"), LangString("een", language: "nl")]
        concept.inSchemes = ["http://ex.org/scheme"]
        concept.xlLabels[.alternative] = [XLLabel(resource: .blank("lbl"), literalForm: LangString("uno", language: "it"))]
        vocabulary.upsert(concept)
        var mapping = Mapping(subject: "http://ex.org/c1", type: .exact, object: "http://other.org/1")
        mapping.confidence = 0.95
        mapping.annotation = .iri("http://ex.org/mappings/1")
        vocabulary.mappings.append(mapping)
        try roundTrip(vocabulary, "hand-built")
    }

    @Test func emptyVocabularyRoundTrips() throws {
        try roundTrip(Vocabulary(), "empty")
        #expect(try JSKOSWriter.ndjson(Vocabulary()).isEmpty)
    }

    @Test(arguments: JSKOSFixtures.realVocabularies)
    func realVocabularyRoundTrips(_ path: String) throws {
        let graph = try NTriplesReader.read(try JSKOSFixtures.bytes(path), file: path)
        let vocabulary = Vocabulary(graph: graph)
        #expect(!vocabulary.concepts.isEmpty)
        try roundTrip(vocabulary, path)
    }

    @Test func jskosExamplesRoundTripThroughOurWriter() throws {
        let examples = ["example.concept.json", "gnd.scheme.json", "ddc-612.112.concept.json", "with-concepts.scheme.json",
                        "qualified-literal.concept.json", "qualified.concept.json", "ddc-gnd-1.mapping.json", "geo.item.json"]
        for name in examples {
            let vocabulary = try JSKOSReader.read(try JSKOSFixtures.bytes("jskos/examples/" + name), file: name)
            try roundTrip(vocabulary, name)
        }
    }
}
