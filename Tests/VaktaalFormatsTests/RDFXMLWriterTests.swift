import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// What the RDF/XML writer produces reads back to the same graph, and is stable.
@Suite struct RDFXMLWriterTests {
    static func write(_ graph: Graph, name: String) throws -> (path: String, bytes: [UInt8]) {
        let path = "/tmp/vaktaal-rdfxml-\(name.replacingOccurrences(of: "/", with: "_")).rdf"
        let output = try OutputFile(path: path)
        try RDFXMLWriter.write(graph, to: output)
        try output.commit()
        return (path, try InputFile.read(path))
    }

    @Test(arguments: RealVocabularyTests.cases)
    func realVocabularyRoundTrips(_ testCase: RealVocabularyTests.Case) throws {
        let graph = try RealVocabularyTests.load(testCase.rdf)
        let written = try Self.write(graph, name: testCase.rdf)
        let again = try RDFXMLReader.read(written.bytes, file: written.path, base: "http://example.invalid/")
        #expect(again.isIsomorphic(to: graph))
    }

    @Test(arguments: RDFXMLConformanceTests.entries.filter { $0.type == "rdft:TestXMLEval" })
    func suiteGraphsRoundTrip(_ entry: ManifestEntry) throws {
        let expected = try NTriplesReader.read(try InputFile.read(RDFXMLConformanceTests.directory + "/" + entry.result!), file: entry.result!)
        do {
            let written = try Self.write(expected, name: entry.name)
            let again = try RDFXMLReader.read(written.bytes, file: written.path, base: "http://example.invalid/")
            #expect(again.isIsomorphic(to: expected))
        } catch let error as RDFXMLWriteError {
            guard case .predicateNotExpressible = error else { throw error }
        }
    }

    @Test func outputIsDeterministicAndSorted() throws {
        var graph = Graph()
        graph.insert(Triple(.iri("http://ex.org/b"), Namespace.skos + "prefLabel", .literal(Literal("B", language: "nl"))))
        graph.insert(Triple(.iri("http://ex.org/a"), Namespace.rdf + "type", .iri(Namespace.skos + "Concept")))
        graph.insert(Triple(.iri("http://ex.org/a"), Namespace.skos + "prefLabel", .literal(Literal("A & <a>", language: "nl"))))
        let first = try Self.write(graph, name: "det1").bytes
        let reversed = Graph(graph.triples.reversed())
        let second = try Self.write(reversed, name: "det2").bytes
        #expect(first == second)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("<skos:Concept rdf:about=\"http://ex.org/a\">"))
        #expect(text.contains("A &amp; &lt;a&gt;"))
        let a = try #require(text.range(of: "http://ex.org/a"))
        let b = try #require(text.range(of: "http://ex.org/b"))
        #expect(a.lowerBound < b.lowerBound)
    }

    @Test func predicateWithoutXMLNameIsRefused() throws {
        let graph = Graph([Triple(.iri("http://ex.org/a"), "http://ex.org/123", .literal(Literal("x")))])
        #expect(throws: RDFXMLWriteError.predicateNotExpressible("http://ex.org/123")) {
            _ = try Self.write(graph, name: "bad")
        }
    }
}

@Suite struct RDFXMLWriterRelativeIRITests {
    @Test(arguments: [
        Triple(.iri("a"), "http://ex.org/p", .literal(Literal("x"))),
        Triple(.iri("http://ex.org/a"), "http://ex.org/p", .iri("b")),
        Triple(.iri("http://ex.org/a"), "p", .iri("http://ex.org/b")),
    ])
    func relativeIRIIsRefusedByName(_ triple: Triple) throws {
        let relative = [triple.subject.iriValue, triple.predicate, triple.object.iriValue].compactMap { $0 }.first { !$0.contains(":") }!
        #expect(throws: RDFXMLWriteError.relativeIRI(relative)) {
            try RDFXMLWriter.write(Graph([triple]), to: OutputFile(path: "/dev/null"))
        }
    }
}
