import Testing
import VaktaalFormats
import VaktaalModel

/// The W3C RDF 1.1 RDF/XML test suite: every evaluation test gives a graph isomorphic to the
/// expected N-Triples, every negative test is rejected.
@Suite struct RDFXMLConformanceTests {
    static let directory = SharedData.path("w3c/rdf11-rdf-xml")
    static let base = "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-xml/"
    static let entries = W3CManifest.entries(directory)

    @Test func manifestListsTheWholeSuite() {
        #expect(Self.entries.filter { $0.type == "rdft:TestXMLEval" }.count == 126)
        #expect(Self.entries.filter { $0.type == "rdft:TestXMLNegativeSyntax" }.count == 40)
    }

    @Test(arguments: entries.filter { $0.type == "rdft:TestXMLEval" })
    func evaluation(_ entry: ManifestEntry) throws {
        let input = try InputFile.read(Self.directory + "/" + entry.action)
        let graph = try RDFXMLReader.read(input, file: entry.action, base: Self.base + entry.action)
        let expected = try NTriplesReader.read(try InputFile.read(Self.directory + "/" + entry.result!), file: entry.result!)
        #expect(graph.isIsomorphic(to: expected), "\(entry.name): got\n\(graph.triples.sorted().map(\.description).joined(separator: "\n"))\nexpected\n\(expected.triples.sorted().map(\.description).joined(separator: "\n"))")
    }

    @Test(arguments: entries.filter { $0.type == "rdft:TestXMLNegativeSyntax" })
    func negative(_ entry: ManifestEntry) throws {
        let input = try InputFile.read(Self.directory + "/" + entry.action)
        #expect(throws: ParseError.self, "\(entry.name) must be rejected") {
            _ = try RDFXMLReader.read(input, file: entry.action, base: Self.base + entry.action)
        }
    }
}
