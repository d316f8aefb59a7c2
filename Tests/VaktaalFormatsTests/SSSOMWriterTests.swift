import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// The shipped vocabularies, loaded once.
enum ShippedVocabularies {
    static let folder = SharedData.repositoryRoot + "/Vocabularies"

    static func all() throws -> Vocabulary {
        try VocabularyLoader.loadVocabulary(paths: [folder])
    }

    static let setNames = ["hub-esco", "installatietechniek-hub", "metaal-hub", "metalektro-hub"]
}

/// A written SSSOM/TSV text, split into metadata lines, columns and rows.
struct WrittenSSSOM {
    let metadata: [String]
    let columns: [String]
    let rows: [[String: String]]

    init(_ bytes: [UInt8]) {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        metadata = lines.prefix { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
        let table = lines.dropFirst(metadata.count)
        let names = table.first?.components(separatedBy: "\t") ?? []
        columns = names
        rows = table.dropFirst().map { line in
            Dictionary(uniqueKeysWithValues: zip(names, line.components(separatedBy: "\t")))
        }
    }

    /// The `curie_map` entries (`  prefix: namespace` lines under `curie_map:`).
    var curieMap: [String: String] {
        var result: [String: String] = [:]
        for line in metadata.drop(while: { $0 != "curie_map:" }).dropFirst() {
            guard line.hasPrefix("  ") else { break }
            let parts = line.trimmingCharacters(in: .whitespaces).components(separatedBy: ": ")
            result[parts[0].trimmingCharacters(in: CharacterSet(charactersIn: "'"))] = parts.dropFirst().joined(separator: ": ")
        }
        return result
    }

    /// The value of a top-level metadata key.
    func value(_ key: String) -> String? {
        metadata.first { $0.hasPrefix(key + ": ") }.map { String($0.dropFirst(key.count + 2)) }
    }
}

@Suite struct SSSOMWriterTests {
    @Test func writesOneFilePerShippedMappingSet() throws {
        let vocabulary = try ShippedVocabularies.all()
        let directory = NSTemporaryDirectory() + "vaktaal-sssom-\(getpid())-sets"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let paths = try SSSOMWriter.writeMappingSets(vocabulary, toDirectory: directory)
        #expect(paths.map { ($0 as NSString).lastPathComponent } == ShippedVocabularies.setNames.map { $0 + ".sssom.tsv" })
        for (name, path) in zip(ShippedVocabularies.setNames, paths) {
            let set = "https://data.vaktaal.nl/mappings/" + name
            let expected = vocabulary.mappings.filter { $0.mappingSet == set }
            #expect(!expected.isEmpty)
            let written = WrittenSSSOM(try InputFile.read(path))
            #expect(written.value("mapping_set_id") == set)
            #expect(written.value("license") == "https://creativecommons.org/licenses/by/4.0/")
            #expect(written.rows.count == expected.count)
            let back = try SSSOMReader.read(try InputFile.read(path), file: path)
            #expect(back.mappings.count == expected.count)
            #expect(back.mappings.allSatisfy { $0.mappingSet == set })
        }
    }

    @Test func labelsComeFromPreferredLabels() throws {
        let vocabulary = try ShippedVocabularies.all()
        let written = WrittenSSSOM(try SSSOMWriter.write(vocabulary, mappingSet: "https://data.vaktaal.nl/mappings/metaal-hub"))
        #expect(written.columns.contains("subject_label") && written.columns.contains("object_label"))
        let curies = written.curieMap
        for row in written.rows {
            let subject = try #require(row["subject_id"])
            let prefix = String(subject.prefix { $0 != ":" })
            let iri = try #require(curies[prefix]) + subject.dropFirst(prefix.count + 1)
            let label = vocabulary.concept(iri)?.labels[.preferred]?.best(for: "nl")?.value
            #expect(row["subject_label"] == label, "\(subject)")
        }
    }

    @Test func everyCURIEHasItsPrefixDeclared() throws {
        let vocabulary = try ShippedVocabularies.all()
        let written = WrittenSSSOM(try SSSOMWriter.write(vocabulary))
        let declared = Set(written.curieMap.keys)
        #expect(declared.isSuperset(of: ["vaktaal.hub", "vaktaal.metaal", "vaktaal.agent", "ESCO", "semapv", "skos"]))
        #expect(written.curieMap["vaktaal.hub"] == "https://data.vaktaal.nl/hub/")
        #expect(written.curieMap["ESCO"] == "http://data.europa.eu/esco/skill/")
        let entityColumns = ["subject_id", "predicate_id", "object_id", "mapping_justification", "author_id"]
        for row in written.rows {
            for column in entityColumns {
                for value in (row[column] ?? "").split(separator: "|") {
                    #expect(declared.contains(String(value.prefix { $0 != ":" })), "\(value)")
                }
            }
        }
        #expect(written.value("mapping_set_id") == SSSOMWriter.defaultMappingSetID)
        #expect(written.rows.count == vocabulary.mappings.count)
    }

    @Test func outputIsDeterministic() throws {
        var vocabulary = try VocabularyLoader.loadVocabulary(paths: [ShippedVocabularies.folder + "/mappings/metaal-hub.rdf"])
        let first = try SSSOMWriter.write(vocabulary)
        #expect(try SSSOMWriter.write(vocabulary) == first)
        vocabulary.mappings.reverse()
        vocabulary.extraTriples.reverse()
        #expect(try SSSOMWriter.write(vocabulary) == first)
        let rows = WrittenSSSOM(first).rows.map { [$0["subject_id"]!, $0["predicate_id"]!, $0["object_id"]!] }
        #expect(rows == rows.sorted { $0.lexicographicallyPrecedes($1) })
    }

    @Test func quotesCellsWithTabsLineBreaksAndQuotes() throws {
        var mapping = Mapping(subject: "http://example.org/a", type: .exact, object: "http://example.org/b")
        mapping.comment = LangString("one\ttwo \"three\"\nfour")
        mapping.annotation = .blank("m")
        mapping.justification = Namespace.semapv + "ManualMappingCuration"
        var vocabulary = Vocabulary()
        vocabulary.mappings = [mapping]
        let bytes = try SSSOMWriter.write(vocabulary)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"one\ttwo \"\"three\"\"\nfour\""))
        let back = try SSSOMReader.read(bytes, file: "quoted.sssom.tsv")
        #expect(back.mappings.first?.comment == mapping.comment)
    }

    @Test func plainMappingsGetUnspecifiedJustification() throws {
        let vocabulary = Vocabulary(graph: Graph([
            Triple(.iri("http://example.org/a"), Namespace.skos + "closeMatch", .iri("http://example.org/b")),
        ]))
        let written = WrittenSSSOM(try SSSOMWriter.write(vocabulary))
        #expect(written.rows.first?["mapping_justification"] == "semapv:UnspecifiedMatching")
        #expect(written.value("license") == "https://w3id.org/sssom/license/unspecified")
        #expect(written.curieMap["ns1"] == "http://example.org/")
    }

    /// Found by the SSSOM property test: one mapping set that states no licence (a set only its
    /// mappings name) was written without `license`, a file SSSOM and our own reader refuse.
    @Test func singleSetWithoutLicenceGetsTheUnspecifiedLicence() throws {
        var mapping = Mapping(subject: "http://example.org/a", type: .exact, object: "http://example.org/b")
        mapping.annotation = .blank("m")
        mapping.justification = Namespace.semapv + "ManualMappingCuration"
        mapping.mappingSet = "http://example.org/sets/unlicensed"
        var vocabulary = Vocabulary()
        vocabulary.mappings = [mapping]
        let bytes = try SSSOMWriter.write(vocabulary)
        #expect(WrittenSSSOM(bytes).value("license") == "https://w3id.org/sssom/license/unspecified")
        let back = try SSSOMReader.read(bytes, file: "unlicensed.sssom.tsv")
        #expect(back.mappings.map(\.mappingSet) == ["http://example.org/sets/unlicensed"])
    }

    @Test func mappingsOfNoSetGoToTheDefaultFile() throws {
        let vocabulary = Vocabulary(graph: Graph([
            Triple(.iri("http://example.org/a"), Namespace.skos + "relatedMatch", .iri("http://example.org/b")),
        ]))
        let directory = NSTemporaryDirectory() + "vaktaal-sssom-\(getpid())-loose"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let paths = try SSSOMWriter.writeMappingSets(vocabulary, toDirectory: directory + "/nested")
        #expect(paths == [directory + "/nested/vaktaal.sssom.tsv"])
        let back = try SSSOMReader.read(try InputFile.read(paths[0]), file: paths[0])
        #expect(back.mappings.map(\.type) == [.related])
        #expect(back.mappings.first?.mappingSet == SSSOMWriter.defaultMappingSetID)
    }

    @Test func refusesValuesSSSOMCannotCarry() throws {
        var mapping = Mapping(subject: "http://example.org/a", type: .exact, object: "http://example.org/b")
        mapping.annotation = .blank("m")
        mapping.justification = "http://example.org/myJustification"
        var vocabulary = Vocabulary()
        vocabulary.mappings = [mapping]
        #expect(throws: SSSOMWriteError.self) { try SSSOMWriter.write(vocabulary) }
        vocabulary.mappings[0].justification = Namespace.semapv + "LexicalMatching"
        vocabulary.mappings[0].confidence = 1.2
        #expect(throws: SSSOMWriteError.self) { try SSSOMWriter.write(vocabulary) }
    }

    @Test func graphWriterWritesSSSOM() throws {
        let graph = try VocabularyLoader.loadGraph(path: ShippedVocabularies.folder + "/mappings/hub-esco.rdf")
        let path = NSTemporaryDirectory() + "vaktaal-sssom-\(getpid())-graph.sssom.tsv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try OutputFile(path: path)
        try GraphWriter.write(graph, format: .sssom, to: output)
        try output.commit()
        let written = WrittenSSSOM(try InputFile.read(path))
        #expect(written.value("mapping_set_id") == "https://data.vaktaal.nl/mappings/hub-esco")
        #expect(written.value("object_source") == "esco:concept-scheme/skills")
        #expect(written.rows.count == Vocabulary(graph: graph).mappings.count)
    }
}
