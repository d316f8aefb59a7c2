import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// The byte-level streaming path (RDF/XML straight to the N-Triples writer, no `Triple` made)
/// gives the same graphs as the W3C suite expects and as rdflib reads from real files.
@Suite struct RDFXMLStreamingTests {
    /// Streams RDF/XML into N-Triples in a temporary file and reads that back.
    static func stream(_ input: [UInt8], file: String, base: String) throws -> Graph {
        let path = NSTemporaryDirectory() + "vaktaal-stream-\(getpid())-\(UUID().uuidString).nt"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try OutputFile(path: path)
        let writer = NTriplesWriter(output: output)
        try RDFXMLReader.read(input, file: file, base: base, into: writer)
        try writer.flush()
        try output.commit()
        return try NTriplesReader.read(try InputFile.read(path), file: path)
    }

    @Test(arguments: RDFXMLConformanceTests.entries.filter { $0.type == "rdft:TestXMLEval" })
    func suiteStreamsToTheExpectedGraph(_ entry: ManifestEntry) throws {
        let directory = RDFXMLConformanceTests.directory
        let input = try InputFile.read(directory + "/" + entry.action)
        let streamed = try Self.stream(input, file: entry.action, base: RDFXMLConformanceTests.base + entry.action)
        let expected = try NTriplesReader.read(try InputFile.read(directory + "/" + entry.result!), file: entry.result!)
        #expect(streamed.isIsomorphic(to: expected), "\(entry.name)")
    }

    @Test(arguments: RealVocabularyTests.cases)
    func realFilesStreamToTheReferenceTriples(_ testCase: RealVocabularyTests.Case) throws {
        let full = SharedData.path(testCase.rdf)
        let streamed = try Self.stream(try InputFile.read(full), file: testCase.rdf, base: "file://" + full)
        let reference = try NTriplesReader.read(try InputFile.read(SharedData.path(testCase.reference)), file: testCase.reference)
        #expect(streamed.count == reference.count)
        #expect(streamed.isIsomorphic(to: reference))
    }

    /// Writes N-Triples through one of the two paths and returns the text.
    static func written(_ document: String, bytePath: Bool) throws -> String {
        let path = NSTemporaryDirectory() + "vaktaal-stream-\(getpid())-\(UUID().uuidString).nt"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try OutputFile(path: path)
        let writer = NTriplesWriter(output: output)
        if bytePath {
            try RDFXMLReader.read(Array(document.utf8), file: "in.rdf", base: "http://example.org/base", into: writer)
        } else {
            var triples: [Triple] = []
            try RDFXMLReader.read(Array(document.utf8), file: "in.rdf", base: "http://example.org/base") { triples.append($0) }
            for triple in triples { try writer.write(triple) }
        }
        try writer.flush()
        try output.commit()
        return String(decoding: try InputFile.read(path), as: UTF8.self)
    }

    @Test func bytePathEscapesExactlyAsTheTriplePath() throws {
        let document = """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
          <ex:Thing rdf:about="http://example.org/a{b}c|d">
            <ex:p xml:lang="NL-be">say &quot;hi&quot;&#10;tab&#9;back\\slash é</ex:p>
            <ex:q rdf:resource="http://example.org/x^y`z"/>
            <ex:q rdf:resource="http://example.org/x^y`z"/>
            <ex:r rdf:datatype="http://www.w3.org/2001/XMLSchema#string">plain</ex:r>
            <ex:r rdf:datatype="http://example.org/dt">typed</ex:r>
          </ex:Thing>
          <ex:Thing rdf:about="http://example.org/a{b}c|d"><ex:s rdf:nodeID="n1"/></ex:Thing>
        </rdf:RDF>
        """
        let bytePath = try Self.written(document, bytePath: true)
        #expect(bytePath == (try Self.written(document, bytePath: false)))
        #expect(bytePath.contains("<http://example.org/a\\u007Bb\\u007Dc\\u007Cd> <http://example.org/p> \"say \\\"hi\\\"\\ntab\\tback\\\\slash é\"@nl-be ."))
        #expect(bytePath.contains("<http://example.org/x\\u005Ey\\u0060z>"))
        #expect(bytePath.contains("\"plain\" ."))
        #expect(bytePath.contains("\"typed\"^^<http://example.org/dt> ."))
    }

    @Test func aFailingSinkStopsTheParseWithItsOwnError() throws {
        final class Refusing: RDFTripleSink {
            var seen = 0
            func triple(subject: RDFTermView, predicate: UnsafeBufferPointer<UInt8>, object: RDFTermView) throws {
                seen += 1
                if seen == 2 { throw FileError.unwritable(path: "out.nt", reason: "disk full") }
            }
        }
        let document = """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
          <ex:Thing rdf:about="http://example.org/a"><ex:p>1</ex:p><ex:p>2</ex:p><ex:p>3</ex:p></ex:Thing>
        </rdf:RDF>
        """
        let sink = Refusing()
        #expect(throws: FileError.self) {
            try RDFXMLReader.read(Array(document.utf8), file: "in.rdf", base: "http://example.org/", into: sink)
        }
        #expect(sink.seen == 2)
    }
}
