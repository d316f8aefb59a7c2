import Testing
import VaktaalFormats
import VaktaalModel

/// The W3C RDF 1.1 Turtle suite: evaluation tests give a graph isomorphic to the expected
/// N-Triples, positive syntax tests parse, negative syntax and negative evaluation tests are
/// rejected; what we write reads back to the same graph.
@Suite struct TurtleConformanceTests {
    static let directory = SharedData.path("w3c/rdf11-turtle")
    static let entries = W3CManifest.entries(directory)
    /// `mf:assumedTestBase` of the manifest; each test's base is this plus its file name.
    static let assumedBase = "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-turtle/"

    static func read(_ file: String) throws -> Graph {
        try TurtleReader.read(try InputFile.read(directory + "/" + file), file: file, base: assumedBase + file)
    }

    static func isRejected(_ entry: ManifestEntry) -> Bool {
        entry.type == "rdft:TestTurtleNegativeSyntax" || entry.type == "rdft:TestTurtleNegativeEval"
    }

    /// The manifest reader and our own Turtle reader agree on what the manifest lists.
    @Test func manifestListsTheWholeSuite() throws {
        let manifest = try Self.read("manifest.ttl")
        let rdfType = Namespace.rdf + "type"
        let tests = manifest.triples.filter {
            $0.predicate == rdfType && ($0.object.iriValue ?? "").hasPrefix("http://www.w3.org/ns/rdftest#TestTurtle")
        }
        #expect(Self.entries.count == tests.count)
        #expect(Self.entries.count >= 290)
        #expect(Set(Self.entries.map(\.type)).isSubset(of: [
            "rdft:TestTurtleEval", "rdft:TestTurtlePositiveSyntax", "rdft:TestTurtleNegativeSyntax", "rdft:TestTurtleNegativeEval",
        ]))
    }

    @Test(arguments: entries.filter { $0.type == "rdft:TestTurtleEval" })
    func evaluation(_ entry: ManifestEntry) throws {
        let graph = try Self.read(entry.action)
        let result = try #require(entry.result)
        let expected = try NTriplesReader.read(try InputFile.read(Self.directory + "/" + result), file: result)
        #expect(graph.count == expected.count)
        #expect(graph.isIsomorphic(to: expected))
    }

    @Test(arguments: entries.filter { $0.type == "rdft:TestTurtlePositiveSyntax" })
    func positiveSyntax(_ entry: ManifestEntry) throws {
        _ = try Self.read(entry.action)
    }

    @Test(arguments: entries.filter(isRejected))
    func negative(_ entry: ManifestEntry) throws {
        #expect(throws: ParseError.self) { _ = try Self.read(entry.action) }
    }

    /// Every graph of the suite, written as Turtle and read again, is the same graph, and writing
    /// it twice gives the same bytes.
    @Test(arguments: entries.filter { !isRejected($0) })
    func roundTrip(_ entry: ManifestEntry) throws {
        let graph = try Self.read(entry.action)
        let text = TurtleWriter.render(graph)
        let again = try TurtleReader.read(Array(text.utf8), file: entry.action + " (written)", base: "http://unused.example/")
        #expect(again.isIsomorphic(to: graph), "\(text)")
        #expect(TurtleWriter.render(graph) == text)
    }

    /// The pass count over the whole suite, printed for the record.
    @Test func passCount() {
        var passed = 0
        var failed: [String] = []
        for entry in Self.entries {
            if Self.passes(entry) { passed += 1 } else { failed.append(entry.name) }
        }
        print("W3C Turtle suite: \(passed)/\(Self.entries.count) passed")
        #expect(failed.isEmpty, "failing: \(failed)")
    }

    private static func passes(_ entry: ManifestEntry) -> Bool {
        let graph = try? read(entry.action)
        if isRejected(entry) { return graph == nil }
        guard let graph else { return false }
        guard entry.type == "rdft:TestTurtleEval", let result = entry.result else { return true }
        guard let expected = try? NTriplesReader.read(try InputFile.read(directory + "/" + result), file: result) else { return false }
        return graph.isIsomorphic(to: expected)
    }
}
