import Testing
import VaktaalFormats
import VaktaalModel

/// The W3C RDF 1.1 N-Triples suite: positive tests parse, negative tests are rejected, and what
/// we write reads back to the same graph.
@Suite struct NTriplesConformanceTests {
    static let directory = SharedData.path("w3c/rdf11-n-triples")
    static let entries = W3CManifest.entries(directory)

    @Test func manifestListsTheSuite() {
        #expect(Self.entries.count >= 70)
    }

    @Test(arguments: entries.filter { $0.type == "rdft:TestNTriplesPositiveSyntax" })
    func positive(_ entry: ManifestEntry) throws {
        let graph = try NTriplesReader.read(try InputFile.read(Self.directory + "/" + entry.action), file: entry.action)
        let path = "/tmp/vaktaal-nt-\(entry.name).nt"
        let output = try OutputFile(path: path)
        try NTriplesWriter.write(graph, to: output, sorted: true)
        try output.commit()
        let again = try NTriplesReader.read(try InputFile.read(path), file: path)
        #expect(again == graph)
    }

    @Test(arguments: entries.filter { $0.type == "rdft:TestNTriplesNegativeSyntax" })
    func negative(_ entry: ManifestEntry) throws {
        #expect(throws: ParseError.self) {
            _ = try NTriplesReader.read(try InputFile.read(Self.directory + "/" + entry.action), file: entry.action)
        }
    }

    @Test func errorNamesLineAndColumn() throws {
        let input = Array("<http://a/s> <http://a/p> <http://a/o> .\n<http://a/s> <http://a/p> \"x\" x .\n".utf8)
        do {
            _ = try NTriplesReader.read(input, file: "bad.nt")
            Issue.record("expected an error")
        } catch let error as ParseError {
            #expect(error.location.line == 2)
            #expect(error.location.column == 31)
            #expect(error.description.contains("bad.nt:2:31"))
            #expect(error.description.hasSuffix("^"))
        }
    }
}
