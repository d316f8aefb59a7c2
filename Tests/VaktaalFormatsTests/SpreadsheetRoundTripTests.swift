import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// Vocabulary → spreadsheet CSV → vocabulary gives the same graph, for the shipped vocabularies
/// and for a vocabulary that uses every feature, including what only `extra` can carry.
@Suite struct SpreadsheetRoundTripTests {
    static let vocabularies: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path + "/Vocabularies/"
    }()

    struct Case: CustomStringConvertible, Sendable {
        let files: [String]
        var description: String { files.joined(separator: " + ") }
    }

    static let shipped: [Case] = [
        Case(files: ["hub.rdf"]),
        Case(files: ["metaal.rdf", "mappings/metaal-hub.rdf"]),
        Case(files: ["installatietechniek.rdf", "mappings/installatietechniek-hub.rdf"]),
        Case(files: ["hub.rdf", "mappings/hub-esco.rdf"]),
    ]

    static func roundTrip(_ graph: Graph) throws -> Graph {
        try SpreadsheetReader.read(SpreadsheetWriter.bytes(graph), file: "roundtrip.csv")
    }

    @Test(arguments: shipped)
    func shippedVocabularyComesBackIsomorphic(_ testCase: Case) throws {
        let graph = try VocabularyLoader.loadMergedGraph(paths: testCase.files.map { Self.vocabularies + $0 })
        let back = try Self.roundTrip(graph)
        #expect(back.count == graph.count)
        #expect(back.isIsomorphic(to: graph))
        #expect(Vocabulary(graph: back).graph().isIsomorphic(to: Vocabulary(graph: graph).graph()))
    }

    @Test(arguments: shipped)
    func conceptsAndMappingsNeedNoExtraColumn(_ testCase: Case) throws {
        let graph = try VocabularyLoader.loadMergedGraph(paths: testCase.files.map { Self.vocabularies + $0 })
        let (header, rows) = SpreadsheetWriter.table(graph)
        let type = try #require(header.firstIndex(of: "conceptType"))
        let extra = header.firstIndex(of: "extra")
        for row in rows where row[type] == "Concept" || row[type] == "Mapping" {
            #expect(extra.map { row[$0] } ?? "" == "", "\(row[1])")
        }
        let vocabulary = Vocabulary(graph: graph)
        #expect(rows.filter { $0[type] == "Concept" }.count == vocabulary.concepts.count)
        #expect(rows.filter { $0[type] == "Mapping" }.count == vocabulary.mappings.filter { $0.annotation != nil }.count)
    }

    @Test func escoOccupationsComeBackWithTheirESCOFieldsInExtra() throws {
        let graph = try ESCOImporter.importGraph(path: SharedData.path("esco/v1.1.1/nl/occupations_nl.csv"))
        let back = try Self.roundTrip(graph)
        #expect(back.count == graph.count)
        #expect(back.isIsomorphic(to: graph))
        let (header, rows) = SpreadsheetWriter.table(graph)
        #expect(rows.count == 3_007)
        #expect(header.contains("preferredLabel@nl") && header.contains("modified") && header.contains("extra"))
    }

    @Test func hubLayoutIsOneConceptPerRowWithLanguageColumns() throws {
        let graph = try VocabularyLoader.loadGraph(path: Self.vocabularies + "hub.rdf")
        let (header, rows) = SpreadsheetWriter.table(graph)
        #expect(Array(header.prefix(6)) == ["conceptType", "conceptUri", "notation", "preferredLabel@en", "preferredLabel@nl", "altLabels@en"])
        let h01 = try #require(rows.first { $0[1] == "https://data.vaktaal.nl/hub/H01" })
        #expect(h01[0] == "Concept")
        #expect(h01[2] == "H01")
        #expect(h01[header.firstIndex(of: "preferredLabel@nl")!] == "verbindingstechnieken")
        #expect(h01[header.firstIndex(of: "altLabels@nl")!] == "verbinden\nverbindingsmethoden")
        #expect(rows.first?[0] == "ConceptScheme")
    }

    /// Values the columns cannot hold exactly go to `extra` and still come back.
    static let awkward = """
    <http://ex.org/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#ConceptScheme> .
    <http://ex.org/s> <http://purl.org/dc/terms/license> <https://creativecommons.org/licenses/by/4.0/> .
    <http://ex.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#Concept> .
    <http://ex.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://ex.org/SkillType> .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> "welding"@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> "arc welding"@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> "weld, \\"untagged\\"" .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#altLabel> "two\\nlines"@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#altLabel> ""@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#altLabel> "ends in CR\\r"@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#altLabel> "  spaced  "@nl-be .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#altLabel> "private tag"@de-x-abcdefghij .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#notation> "A-1" .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#notation> "0042"^^<http://www.w3.org/2001/XMLSchema#integer> .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#definition> "Line one.\\nLine \\"two\\", with comma."@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#definition> ""@en .
    <http://ex.org/a> <http://purl.org/dc/terms/modified> "2021-05-06"^^<http://www.w3.org/2001/XMLSchema#date> .
    <http://ex.org/a> <http://purl.org/dc/terms/modified> "2021-05-06" .
    <http://ex.org/a> <http://purl.org/dc/terms/created> "2020-01-31T10:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .
    <http://ex.org/a> <http://purl.org/dc/terms/issued> "2020-01"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#broader> _:anonymous .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#exactMatch> <http://other.org/x1> .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#closeMatch> <http://other.org/x2> .
    <http://ex.org/a> <http://www.w3.org/2002/07/owl#deprecated> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .
    <http://ex.org/a> <http://www.w3.org/2008/05/skos-xl#prefLabel> _:xl .
    _:xl <http://www.w3.org/2008/05/skos-xl#literalForm> "lassen"@nl .
    _:anonymous <http://www.w3.org/2004/02/skos/core#prefLabel> "no IRI"@en .
    _:m <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#Axiom> .
    _:m <http://www.w3.org/2002/07/owl#annotatedSource> <http://ex.org/a> .
    _:m <http://www.w3.org/2002/07/owl#annotatedProperty> <http://www.w3.org/2004/02/skos/core#exactMatch> .
    _:m <http://www.w3.org/2002/07/owl#annotatedTarget> <http://other.org/x1> .
    _:m <https://w3id.org/sssom/confidence> "0.95"^^<http://www.w3.org/2001/XMLSchema#double> .
    _:m <https://w3id.org/sssom/mapping_justification> <https://w3id.org/semapv/vocab/ManualMappingCuration> .
    _:m <https://w3id.org/sssom/author_id> <https://orcid.org/0000-0000-0000-0001> .
    _:m <https://w3id.org/sssom/mapping_date> "2026-01-02"^^<http://www.w3.org/2001/XMLSchema#date> .
    _:m <https://w3id.org/sssom/comment> "zeker"@nl .
    <http://ex.org/set> <https://w3id.org/sssom/mappings> _:m .
    _:n <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#Axiom> .
    _:n <http://www.w3.org/2002/07/owl#annotatedSource> <http://ex.org/a> .
    _:n <http://www.w3.org/2002/07/owl#annotatedProperty> <http://www.w3.org/2004/02/skos/core#closeMatch> .
    _:n <http://www.w3.org/2002/07/owl#annotatedTarget> <http://other.org/x2> .
    _:n <https://w3id.org/sssom/confidence> "high"^^<http://www.w3.org/2001/XMLSchema#double> .
    <http://ex.org/c> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#OrderedCollection> .
    <http://ex.org/c> <http://www.w3.org/2004/02/skos/core#member> <http://ex.org/a> .
    """

    @Test func everyFeatureComesBack() throws {
        let graph = try NTriplesReader.read(Array(Self.awkward.utf8), file: "awkward.nt")
        let back = try Self.roundTrip(graph)
        #expect(back.count == graph.count)
        #expect(back.isIsomorphic(to: graph))
    }

    @Test func awkwardValuesGoToExtraInNTriples() throws {
        let graph = try NTriplesReader.read(Array(Self.awkward.utf8), file: "awkward.nt")
        let (header, rows) = SpreadsheetWriter.table(graph)
        let row = try #require(rows.first { $0[1] == "http://ex.org/a" })
        let extra = row[try #require(header.firstIndex(of: "extra"))].split(separator: "\n").map(String.init)
        #expect(extra.contains("<http://www.w3.org/2004/02/skos/core#altLabel> \"two\\nlines\"@en"))
        #expect(extra.contains("<http://www.w3.org/2004/02/skos/core#notation> \"0042\"^^<http://www.w3.org/2001/XMLSchema#integer>"))
        #expect(extra.contains("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://ex.org/SkillType>"))
        #expect(row[header.firstIndex(of: "definition@en")!] == "Line one.\nLine \"two\", with comma.")
        #expect(row[header.firstIndex(of: "altLabels@nl-be")!] == "  spaced  ")
        #expect(row[header.firstIndex(of: "deprecated")!] == "true")
    }

    @Test func semicolonSeparatedFileFromASpreadsheetProgramReads() throws {
        let text = "\u{FEFF}conceptType;conceptUri;preferredLabel@nl;altLabels@nl;broader\r\n"
            + "Concept;https://ex.org/a;lassen;\"las\r\nlasverbinding\";https://ex.org/top\r\n"
            + ";;;;\r\n"
        let vocabulary = try SpreadsheetReader.readVocabulary(Array(text.utf8), file: "excel.csv")
        let concept = try #require(vocabulary.concept("https://ex.org/a"))
        #expect(concept.prefLabel("nl") == "lassen")
        #expect(concept.allLabels(.alternative).map(\.value).sorted() == ["las", "lasverbinding"])
        #expect(concept.broader == ["https://ex.org/top"])
    }

    @Test func csvIsAFormatOfTheLoaderAndWriter() throws {
        #expect(RDFFormat(path: "sector.csv") == .csv)
        let graph = try VocabularyLoader.loadGraph(path: Self.vocabularies + "metaal.rdf")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vaktaal-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try OutputFile(path: path)
        try GraphWriter.write(graph, format: .csv, to: output)
        try output.commit()
        #expect(try VocabularyLoader.loadGraph(path: path).isIsomorphic(to: graph))
    }
}
