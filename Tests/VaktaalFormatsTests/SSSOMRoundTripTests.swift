import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// What the model says about one mapping, for comparing mappings across formats.
private struct MappingFacts: Hashable, CustomStringConvertible {
    let subject: String
    let type: MatchType
    let object: String
    let confidence: Double?
    let justification: String?
    let authors: [String]
    let date: Literal?
    let comment: LangString?
    let set: String?

    init(_ mapping: Mapping) {
        subject = mapping.subject
        type = mapping.type
        object = mapping.object
        confidence = mapping.confidence
        justification = mapping.justification
        authors = mapping.authors
        date = mapping.date
        comment = mapping.comment
        set = mapping.mappingSet
    }

    var description: String { "\(subject) \(type.rawValue) \(object)" }
}

private func facts(_ vocabulary: Vocabulary) -> [MappingFacts: Int] {
    vocabulary.mappings.reduce(into: [:]) { $0[MappingFacts($1), default: 0] += 1 }
}

@Suite struct SSSOMRoundTripTests {
    /// SSSOM → graph → SSSOM → graph gives the same graph (every mapping and all metadata Vaktaal
    /// keeps), and writing again gives the same bytes.
    @Test(arguments: SSSOMFixtures.valid)
    func sssomRoundTrip(_ name: String) throws {
        let original = try SSSOMFixtures.read(name)
        let written = try SSSOMWriter.write(Vocabulary(graph: original))
        let back = try SSSOMReader.readGraph(written, file: name + " (written)")
        #expect(back.count == original.count)
        #expect(back.isIsomorphic(to: original))
        #expect(try SSSOMWriter.write(Vocabulary(graph: back)) == written)
    }

    /// The declared prefixes that the written file uses keep their names and namespaces.
    @Test(arguments: SSSOMFixtures.valid)
    func curieMapKeepsTheFilesPrefixes(_ name: String) throws {
        let original = try SSSOMFixtures.read(name)
        let written = WrittenSSSOM(try SSSOMWriter.write(Vocabulary(graph: original)))
        let declared = Dictionary(original.prefixes.map { ($0.prefix, $0.namespace) }, uniquingKeysWith: { first, _ in first })
        let implicit = ["vaktaal.def": "https://data.vaktaal.nl/def/", "xsd": Namespace.xsd]
        for (prefix, namespace) in written.curieMap where implicit[prefix] != namespace {
            #expect(declared[prefix] == namespace, "\(prefix)")
        }
    }

    /// RDF/XML mapping sets → SSSOM → back: subject, type, object, confidence, justification,
    /// authors, date, comment and set are equal.
    @Test(arguments: ShippedVocabularies.setNames)
    func rdfMappingSetRoundTrip(_ name: String) throws {
        let path = ShippedVocabularies.folder + "/mappings/" + name + ".rdf"
        let vocabulary = try VocabularyLoader.loadVocabulary(paths: [path])
        #expect(!vocabulary.mappings.isEmpty)
        let written = try SSSOMWriter.write(vocabulary)
        let back = try SSSOMReader.read(written, file: name + ".sssom.tsv")
        #expect(facts(back) == facts(vocabulary))
    }

    /// The same through the whole shipped vocabulary, one file per set, labels included.
    @Test func shippedVocabularyRoundTrip() throws {
        let vocabulary = try ShippedVocabularies.all()
        var back = Vocabulary()
        for name in ShippedVocabularies.setNames {
            let set = "https://data.vaktaal.nl/mappings/" + name
            back.mappings += try SSSOMReader.read(try SSSOMWriter.write(vocabulary, mappingSet: set), file: name).mappings
        }
        #expect(facts(back) == facts(vocabulary))
    }

    /// SSSOM → RDF/XML → SSSOM through the graph writers keeps every mapping and its metadata
    /// (RDF/XML keeps only the prefixes it needs, so the CURIEs may differ).
    @Test func sssomThroughRDFXML() throws {
        let original = try SSSOMFixtures.read("asymmetric.tsv")
        let path = NSTemporaryDirectory() + "vaktaal-sssom-\(getpid())-asymmetric.rdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try OutputFile(path: path)
        try GraphWriter.write(original, format: .rdfxml, to: output)
        try output.commit()
        let graph = try VocabularyLoader.loadGraph(path: path)
        #expect(graph.isIsomorphic(to: original))
        let back = try SSSOMReader.readGraph(try SSSOMWriter.write(Vocabulary(graph: graph)), file: "asymmetric.rdf.sssom.tsv")
        #expect(back.isIsomorphic(to: original))
    }
}
