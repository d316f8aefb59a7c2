import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// Paths and small helpers shared by the SSSOM tests.
enum SSSOMFixtures {
    /// The sssom-py test files that are valid SSSOM/TSV.
    static let valid = [
        "asymmetric.tsv", "basic.tsv", "basic2.tsv", "basic3.tsv", "basic_subset.tsv",
        "cardinality-scope.sssom.tsv", "cardinality-with-NoTermFound.sssom.tsv",
        "cardinality-with-literal-mappings.sssom.tsv", "cardinality.sssom.tsv", "cob-to-external.tsv",
        "literals-condensed.sssom.tsv", "literals.sssom.tsv", "propagatable.tsv", "reconcile_1.tsv",
        "reconcile_2.tsv", "sssom11-extensions.sssom.tsv", "test_annotate_sssom.tsv",
        "test_filter_sssom.tsv", "trailing-tabs.sssom.tsv",
    ]

    static func path(_ name: String) -> String { SharedData.path("sssom/tests/data/" + name) }

    static func read(_ name: String) throws -> Graph {
        try SSSOMReader.readGraph(try InputFile.read(path(name)), file: name)
    }

    static func graph(_ text: String, file: String = "fixture.sssom.tsv") throws -> Graph {
        try SSSOMReader.readGraph(Array(text.utf8), file: file)
    }

    /// The mapping nodes of a graph: subjects of `rdf:type owl:Axiom` or `sssom:Mapping`.
    static func mappingNodes(_ graph: Graph) -> [Term] {
        graph.triples.filter {
            $0.predicate == Namespace.rdf + "type"
                && ($0.object == .iri(Namespace.owl + "Axiom") || $0.object == .iri(Namespace.sssom + "Mapping"))
        }.map(\.subject)
    }

    /// The objects of `predicate` on `subject`.
    static func objects(_ graph: Graph, _ subject: Term, _ predicate: String) -> [Term] {
        graph.triples.filter { $0.subject == subject && $0.predicate == predicate }.map(\.object)
    }

    /// A metadata block for fixtures, followed by `table` (tab-separated lines).
    static func file(_ table: [String], metadata: [String] = []) -> String {
        let header = [
            "#curie_map:", "#  ex: http://example.org/", "#  orcid: https://orcid.org/",
            "#mapping_set_id: http://example.org/set", "#license: https://creativecommons.org/licenses/by/4.0/",
        ] + metadata
        return (header + table).joined(separator: "\n") + "\n"
    }
}

/// What a file's text says, counted without the reader: rows, SKOS rows, the mapping set id.
private struct IndependentCount {
    var rows = 0
    var skosRows = 0
    var mappingSetID: String?

    init(_ text: String) {
        let lines = text.replacingOccurrences(of: "\r", with: "").components(separatedBy: "\n")
        let metadata = lines.prefix { $0.hasPrefix("#") }
        for line in metadata {
            let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
            if body.hasPrefix("mapping_set_id:") {
                mappingSetID = body.dropFirst("mapping_set_id:".count).trimmingCharacters(in: CharacterSet(charactersIn: " \"'\t"))
            }
        }
        let setObjectType = metadata.contains { $0.contains("object_type: rdfs literal") }
        let table = lines.dropFirst(metadata.count).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard let header = table.first?.components(separatedBy: "\t") else { return }
        func cell(_ row: [String], _ name: String) -> String {
            guard let index = header.firstIndex(of: name), index < row.count else { return "" }
            return row[index]
        }
        let skos = ["exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch"].map { "skos:" + $0 }
        for line in table.dropFirst() {
            let row = line.components(separatedBy: "\t")
            guard row.contains(where: { !$0.isEmpty }) else { continue }
            rows += 1
            let ends = [cell(row, "subject_id"), cell(row, "object_id")]
            let literal = cell(row, "object_type") == "rdfs literal" || (setObjectType && cell(row, "object_type").isEmpty)
            if skos.contains(cell(row, "predicate_id")), cell(row, "predicate_modifier").isEmpty, !literal,
               ends.allSatisfy({ !$0.isEmpty && $0 != "sssom:NoTermFound" }) {
                skosRows += 1
            }
        }
    }
}

@Suite struct SSSOMReaderTests {
    // MARK: The sssom-py test data

    @Test(arguments: SSSOMFixtures.valid)
    func readsValidFile(_ name: String) throws {
        let text = try String(contentsOfFile: SSSOMFixtures.path(name), encoding: .utf8)
        let expected = IndependentCount(text)
        let graph = try SSSOMFixtures.read(name)
        let vocabulary = Vocabulary(graph: graph)
        #expect(expected.rows > 0)
        #expect(SSSOMFixtures.mappingNodes(graph).count == expected.rows)
        #expect(vocabulary.mappings.count == expected.skosRows)
        let set = try #require(expected.mappingSetID)
        #expect(vocabulary.mappings.allSatisfy { $0.mappingSet == set })
        #expect(SSSOMFixtures.objects(graph, .iri(set), Namespace.sssom + "mappings").count == expected.rows)
    }

    /// Figures counted with Python's csv module: 141 rows in basic.tsv, none of them SKOS
    /// (owl:equivalentClass and rdfs:subClassOf); 9 skos:exactMatch rows in cardinality.sssom.tsv.
    @Test func knownFigures() throws {
        let basic = try SSSOMFixtures.read("basic.tsv")
        #expect(SSSOMFixtures.mappingNodes(basic).count == 141)
        #expect(Vocabulary(graph: basic).mappings.isEmpty)
        let cardinality = Vocabulary(graph: try SSSOMFixtures.read("cardinality.sssom.tsv"))
        #expect(cardinality.mappings.count == 9)
        #expect(cardinality.mappings.allSatisfy { $0.type == .exact })
    }

    struct Invalid: CustomStringConvertible, Sendable {
        let name: String
        /// The text the error points at (its first occurrence), or nil for line 1, column 1.
        let token: String?
        let message: String
        var description: String { name }
    }

    static let invalid: [Invalid] = [
        Invalid(name: "bad_basic.tsv", token: "\"orcid:1234\"", message: "prefix `orcid`"),
        Invalid(name: "basic-meta-external.tsv", token: nil, message: "missing required metadata `mapping_set_id`"),
        Invalid(name: "basic-small.tsv", token: "\"orcid:1234\"", message: "prefix `orcid`"),
        Invalid(name: "basic.ptable.tsv", token: nil, message: "missing required metadata `mapping_set_id`"),
        Invalid(name: "basic4.tsv", token: "oio:hasDbXref", message: "prefix `oio`"),
        Invalid(name: "basic5.tsv", token: "oio:hasDbXref", message: "prefix `oio`"),
        Invalid(name: "basic6.tsv", token: "\"orcid:1234\"", message: "prefix `orcid`"),
        Invalid(name: "basic7.tsv", token: "oboInOwl:hasDbXref", message: "`predicate_id` `oboInOwl:hasDbXref` uses the prefix `oboInOwl`"),
        Invalid(name: "basic_strict_fail.tsv", token: "rdfs: http", message: "redefines the built-in prefix `rdfs`"),
        Invalid(name: "bosch-wd-matches.tsv", token: nil, message: "missing required metadata `mapping_set_id`"),
        Invalid(name: "enm_example.tsv", token: nil, message: "missing required metadata `mapping_set_id`"),
        Invalid(name: "mondo-nando.sssom.tsv", token: nil, message: "missing required metadata `mapping_set_id`"),
        Invalid(name: "sssom_metadata.tsv", token: nil, message: "missing required metadata `mapping_set_id`"),
        Invalid(name: "test_clean_prefix.tsv", token: "y1:lung", message: "prefix `y1`"),
        Invalid(name: "test_inject_metadata_msdf.tsv", token: "cpath_obo_omop", message: "must be an absolute IRI"),
    ]

    @Test(arguments: invalid)
    func rejectsInvalidFile(_ testCase: Invalid) throws {
        let text = try String(contentsOfFile: SSSOMFixtures.path(testCase.name), encoding: .utf8)
        var line = 1, column = 1
        if let token = testCase.token {
            let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
            let index = try #require(lines.firstIndex { $0.contains(token) })
            line = index + 1
            column = lines[index].unicodeScalars.prefix(upTo: lines[index].range(of: token)!.lowerBound.samePosition(in: lines[index].unicodeScalars)!).count + 1
        }
        let error = try #require(throws: ParseError.self) { try SSSOMFixtures.read(testCase.name) }
        #expect(error.format == "SSSOM")
        #expect(error.location == SourceLocation(file: testCase.name, line: line, column: column))
        #expect(error.message.contains(testCase.message), "\(error)")
        #expect(error.sourceLine != nil)
    }

    /// PyYAML (through sssom-py) reports this file's YAML error at line 3, column 260 of the
    /// metadata; in the file, after the `#`, that is column 261.
    @Test func invalidYAMLIsLocated() throws {
        let error = try #require(throws: ParseError.self) { try SSSOMFixtures.read("test_validation1.sssom.tsv") }
        #expect(error.location.line == 3)
        #expect(error.location.column == 261)
        #expect(error.message.contains("invalid YAML"))
    }

    // MARK: Errors in small files

    struct BadFixture: CustomStringConvertible, Sendable {
        let name: String
        let text: String
        let line: Int
        let column: Int
        let message: String
        var description: String { name }
    }

    static let columns = "subject_id\tpredicate_id\tobject_id\tmapping_justification\tconfidence"

    static let bad: [BadFixture] = [
        BadFixture(name: "confidence above 1", text: SSSOMFixtures.file([columns, "ex:a\tskos:exactMatch\tex:b\tsemapv:ManualMappingCuration\t1.5"]),
                   line: 7, column: 56, message: "between 0 and 1"),
        BadFixture(name: "confidence not a number", text: SSSOMFixtures.file([columns, "ex:a\tskos:exactMatch\tex:b\tsemapv:ManualMappingCuration\thigh"]),
                   line: 7, column: 56, message: "must be a number"),
        BadFixture(name: "unknown predicate", text: SSSOMFixtures.file([columns, "ex:a\tnoMatch\tex:b\tsemapv:ManualMappingCuration\t"]),
                   line: 7, column: 6, message: "unknown predicate `noMatch`"),
        BadFixture(name: "undeclared prefix", text: SSSOMFixtures.file([columns, "ex:a\tskos:exactMatch\tfoo:b\tsemapv:ManualMappingCuration\t"]),
                   line: 7, column: 22, message: "the prefix `foo`, which the curie_map does not declare"),
        BadFixture(name: "justification not semapv", text: SSSOMFixtures.file([columns, "ex:a\tskos:exactMatch\tex:b\tsemapv:HumanCuration\t"]),
                   line: 7, column: 27, message: "`mapping_justification` must be one of semapv:MappingReview"),
        BadFixture(name: "missing column", text: SSSOMFixtures.file(["subject_id\tpredicate_id\tobject_id", "ex:a\tskos:exactMatch\tex:b"]),
                   line: 6, column: 1, message: "missing required column `mapping_justification`"),
        BadFixture(name: "no header row", text: SSSOMFixtures.file([]),
                   line: 6, column: 1, message: "expected a header row"),
        BadFixture(name: "unterminated quote", text: SSSOMFixtures.file([columns, "ex:a\tskos:exactMatch\tex:b\t\"semapv:ManualMappingCuration\t"]),
                   line: 7, column: 27, message: "unterminated quoted cell"),
        BadFixture(name: "more cells than columns", text: SSSOMFixtures.file([columns, "ex:a\tskos:exactMatch\tex:b\tsemapv:ManualMappingCuration\t0.5\textra"]),
                   line: 7, column: 60, message: "more cells than the 5 columns"),
        BadFixture(name: "missing license", text: "#mapping_set_id: http://example.org/set\n" + columns + "\n",
                   line: 1, column: 1, message: "missing required metadata `license`"),
        BadFixture(name: "invalid YAML", text: "#curie_map: [ex: http://example.org/\n#mapping_set_id: x\n" + columns + "\n",
                   line: 2, column: 16, message: "invalid YAML in the metadata block: did not find expected ',' or ']'"),
        BadFixture(name: "key twice", text: SSSOMFixtures.file([columns], metadata: ["#license: https://example.org/other"]),
                   line: 5, column: 2, message: "a key appears twice: license"),
        BadFixture(name: "bad date", text: SSSOMFixtures.file([columns, "ex:a\tskos:exactMatch\tex:b\tsemapv:ManualMappingCuration\t"], metadata: ["#mapping_date: 30-05-2020"]),
                   line: 6, column: 16, message: "date YYYY-MM-DD"),
        BadFixture(name: "row without subject", text: SSSOMFixtures.file([columns, "\tskos:exactMatch\tex:b\tsemapv:ManualMappingCuration\t"]),
                   line: 7, column: 1, message: "no `subject_id`"),
    ]

    @Test(arguments: bad)
    func rejectsBadFixture(_ fixture: BadFixture) throws {
        let error = try #require(throws: ParseError.self) { try SSSOMFixtures.graph(fixture.text) }
        #expect(error.location == SourceLocation(file: "fixture.sssom.tsv", line: fixture.line, column: fixture.column), "\(error)")
        #expect(error.message.contains(fixture.message), "\(error)")
    }

    // MARK: Features

    @Test func readsProvenanceIntoMappings() throws {
        let text = [
            "#curie_map:",
            "#  ex: http://example.org/",
            "#  orcid: https://orcid.org/",
            "#  vaktaal.def: https://data.vaktaal.nl/def/",
            "#mapping_set_id: http://example.org/set",
            "#mapping_set_title: Titel",
            "#license: https://creativecommons.org/licenses/by/4.0/",
            "#mapping_date: 2024-01-31",
            "#extension_definitions:",
            "#  - slot_name: text_language",
            "#    property: vaktaal.def:textLanguage",
            "#text_language: nl",
            "subject_id\tsubject_label\tpredicate_id\tobject_id\tmapping_justification\tauthor_id\tconfidence\tcomment\ttext_language",
            "ex:a\tA\tskos:closeMatch\tex:b\tsemapv:ManualMappingCuration\torcid:1|orcid:2\t0.75\t\"tab\there, \"\"quoted\"\"\nand a new line\"\tnl",
            "ex:c\t\tskos:exactMatch\tex:d\tsemapv:LexicalMatching\t\t\tplain\t",
        ].joined(separator: "\n") + "\n"
        let graph = try SSSOMFixtures.graph(text)
        let vocabulary = Vocabulary(graph: graph)
        #expect(vocabulary.mappings.count == 2)
        let close = try #require(vocabulary.mappings.first { $0.type == .close })
        #expect(close.subject == "http://example.org/a")
        #expect(close.object == "http://example.org/b")
        #expect(close.confidence == 0.75)
        #expect(close.justification == Namespace.semapv + "ManualMappingCuration")
        #expect(close.authors == ["https://orcid.org/1", "https://orcid.org/2"])
        #expect(close.date == Literal("2024-01-31", datatype: Namespace.xsd + "date"))
        #expect(close.comment == LangString("tab\there, \"quoted\"\nand a new line", language: "nl"))
        #expect(close.mappingSet == "http://example.org/set")
        let label = SSSOMFixtures.objects(graph, try #require(close.annotation), Namespace.sssom + "subject_label")
        #expect(label == [.literal(Literal("A"))])
        let exact = try #require(vocabulary.mappings.first { $0.type == .exact })
        #expect(exact.comment == LangString("plain"))
        #expect(exact.date == close.date)
        let title = SSSOMFixtures.objects(graph, .iri("http://example.org/set"), Namespace.dcterms + "title")
        #expect(title == [.literal(Literal("Titel", language: "nl"))])
    }

    @Test func keepsNonSKOSRowsOutOfTheMappings() throws {
        let text = SSSOMFixtures.file([
            "subject_id\tpredicate_id\tpredicate_modifier\tobject_id\tmapping_justification",
            "ex:a\tskos:exactMatch\tNot\tex:b\tsemapv:ManualMappingCuration",
            "ex:a\towl:equivalentClass\t\tex:c\tsemapv:ManualMappingCuration",
            "ex:a\tskos:exactMatch\t\tsssom:NoTermFound\tsemapv:ManualMappingCuration",
            "ex:a\tskos:broadMatch\t\tex:d\tsemapv:ManualMappingCuration",
        ])
        let graph = try SSSOMFixtures.graph(text)
        let vocabulary = Vocabulary(graph: graph)
        #expect(vocabulary.mappings.map(\.object) == ["http://example.org/d"])
        #expect(SSSOMFixtures.mappingNodes(graph).count == 4)
        #expect(!graph.contains(Triple(.iri("http://example.org/a"), Namespace.skos + "exactMatch", .iri("http://example.org/b"))))
    }

    @Test func readsCRLFAndByteOrderMark() throws {
        let text = "\u{FEFF}" + SSSOMFixtures.file([Self.columns, "ex:a\tskos:exactMatch\tex:b\tsemapv:ManualMappingCuration\t0.5", ""])
            .replacingOccurrences(of: "\n", with: "\r\n")
        let vocabulary = Vocabulary(graph: try SSSOMFixtures.graph(text))
        #expect(vocabulary.mappings.count == 1)
        #expect(vocabulary.mappings.first?.confidence == 0.5)
    }

    @Test func loadsThroughVocabularyLoader() throws {
        let vocabulary = try VocabularyLoader.loadVocabulary(paths: [SSSOMFixtures.path("cardinality.sssom.tsv")])
        #expect(vocabulary.mappings.count == 9)
        #expect(RDFFormat(path: "x/metaal-hub.sssom.tsv") == .sssom)
    }
}
