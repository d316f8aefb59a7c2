import Foundation
import Testing
@testable import VaktaalFormats
import VaktaalModel

/// Every text reader refuses bytes that are not UTF-8 with a line and column, fails at once on
/// binary input, bounds lines and literals, accepts a byte order mark and refuses an empty file.
@Suite struct TextInputTests {
    static func parseError(_ body: () throws -> Void) -> ParseError? {
        do {
            try body()
            return nil
        } catch {
            return error as? ParseError
        }
    }

    static func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let directory = NSTemporaryDirectory() + "text-input-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    @Test func invalidUTF8InNTriplesIRIIsRefusedAtItsColumn() throws {
        let bytes = Array("<http://ex.org/a> <http://ex.org/p> <http://ex.org/b> .\n<http://ex.org/".utf8) + [0xFF] + Array("x> <http://ex.org/p> \"y\" .\n".utf8)
        let error = try #require(Self.parseError { _ = try NTriplesReader.read(bytes, file: "bad.nt") })
        #expect(error.format == "N-Triples")
        #expect(error.location.line == 2)
        #expect(error.location.column == 16)
        #expect(error.message.contains("not valid UTF-8"))
    }

    @Test func invalidUTF8InNTriplesLiteralIsRefused() throws {
        let bytes = Array("<http://ex.org/a> <http://ex.org/p> \"caf".utf8) + [0xE9] + Array("\" .\n".utf8)
        let error = try #require(Self.parseError { _ = try NTriplesReader.read(bytes, file: "bad.nt") })
        #expect(error.location.column == 41)
    }

    @Test func invalidUTF8InTurtleIsRefused() throws {
        let bytes = Array("@prefix ex: <http://ex.org/> .\nex:a ex:p \"\"\"long\ncaf".utf8) + [0xC3, 0x28] + Array("\"\"\" .\n".utf8)
        let error = try #require(Self.parseError { _ = try TurtleReader.read(bytes, file: "bad.ttl", base: "http://ex.org/") })
        #expect(error.format == "Turtle")
        #expect(error.location.line == 3)
        #expect(error.location.column == 4)
    }

    @Test func invalidUTF8InSSSOMIsRefused() throws {
        let text = "# mapping_set_id: https://ex.org/set\n# license: https://ex.org/license\nsubject_id\tpredicate_id\tobject_id\tmapping_justification\tsubject_label\n"
        let bytes = Array(text.utf8) + Array("ex:a\tskos:exactMatch\tex:b\tsemapv:ManualMappingCuration\tcaf".utf8) + [0xE9, 0x0A]
        let error = try #require(Self.parseError { _ = try SSSOMReader.readGraph(bytes, file: "bad.sssom.tsv") })
        #expect(error.format == "SSSOM")
        #expect(error.location.line == 4)
    }

    @Test func overlongAndSurrogateEncodingsAreRefused() {
        for sequence: [UInt8] in [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            let bytes = Array("<http://ex.org/a> <http://ex.org/p> \"".utf8) + sequence + Array("\" .\n".utf8)
            #expect(Self.parseError { _ = try NTriplesReader.read(bytes, file: "bad.nt") } != nil)
        }
        let fine = Array("<http://ex.org/a> <http://ex.org/p> \"é€𝄞\" .\n".utf8)
        #expect(Self.parseError { _ = try NTriplesReader.read(fine, file: "fine.nt") } == nil)
    }

    @Test func byteOrderMarkIsAcceptedInNTriples() throws {
        let graph = try NTriplesReader.read([0xEF, 0xBB, 0xBF] + Array("<http://ex.org/a> <http://ex.org/p> \"x\" .\n".utf8), file: "bom.nt")
        #expect(graph.count == 1)
    }

    @Test func endlessZerosFailAtOnce() throws {
        let error = try #require(Self.parseError { _ = try InputFile.read("/dev/zero", text: "N-Triples") })
        #expect(error.location.line == 1 && error.location.column == 1)
        #expect(error.message.contains("NUL byte"))
        let graphError = try #require(Self.parseError { _ = try VocabularyLoader.loadGraph(path: "/dev/zero", format: .ntriples) })
        #expect(graphError.message.contains("NUL byte"))
    }

    @Test func longLinesAndLiteralsAreBounded() throws {
        let small = ReaderLimits(maximumLiteralBytes: 100, maximumLineBytes: 1000)
        let long = Array(("<http://ex.org/a> <http://ex.org/p> \"" + String(repeating: "x", count: 500) + "\" .\n").utf8)
        let literal = try #require(Self.parseError { _ = try NTriplesReader.read(long, file: "long.nt", limits: small) })
        #expect(literal.message.contains("longer than 100 bytes"))
        let line = Array(("<http://ex.org/a> <http://ex.org/p> \"" + String(repeating: "x", count: 5000) + "\" .\n").utf8)
        let lineError = try #require(Self.parseError { _ = try NTriplesReader.read(line, file: "line.nt", limits: small) })
        #expect(lineError.message.contains("line longer than 1000 bytes"))
        let turtle = Array(("<http://ex.org/a> <http://ex.org/p> \"\"\"" + String(repeating: "x\n", count: 200) + "\"\"\" .\n").utf8)
        #expect(Self.parseError { _ = try TurtleReader.read(turtle, file: "t.ttl", base: "http://ex.org/", limits: small) }?.message.contains("longer than 100 bytes") == true)
    }

    @Test func rdfxmlLiteralsAndNestingAreBounded() throws {
        let small = ReaderLimits(maximumLiteralBytes: 100, maximumLineBytes: 1000, maximumDepth: 50)
        let head = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"http://ex.org/a\">"
        let long = Array((head + "<rdf:value>" + String(repeating: "x", count: 500) + "</rdf:value></rdf:Description></rdf:RDF>").utf8)
        #expect(Self.parseError { _ = try RDFXMLReader.read(long, file: "l.rdf", base: "http://ex.org/", limits: small) { _ in } }?.message.contains("literal longer than 100 bytes") == true)
        let deep = Array((head + "<rdf:value rdf:parseType=\"Literal\">" + String(repeating: "<b>", count: 60) + String(repeating: "</b>", count: 60)
            + "</rdf:value></rdf:Description></rdf:RDF>").utf8)
        #expect(Self.parseError { _ = try RDFXMLReader.read(deep, file: "d.rdf", base: "http://ex.org/", limits: small) { _ in } }?.message.contains("nested deeper than 50") == true)
    }

    @Test func deeplyNestedXMLLiteralIsRead() throws {
        let depth = 200_000
        let text = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"http://ex.org/a\">"
            + "<rdf:value rdf:parseType=\"Literal\">" + String(repeating: "<b xmlns=\"http://ex.org/x\">", count: 2) + String(repeating: "<b>", count: depth) + "x"
            + String(repeating: "</b>", count: depth + 2) + "</rdf:value></rdf:Description></rdf:RDF>"
        let graph = try RDFXMLReader.read(Array(text.utf8), file: "deep.rdf", base: "http://ex.org/")
        let literal = try #require(graph.triples.first.flatMap { if case .literal(let value) = $0.object { value } else { nil } })
        // The namespace is declared once, on the outermost element that uses it.
        #expect(literal.lexicalForm.hasPrefix("<b xmlns=\"http://ex.org/x\"><b><b>"))
        #expect(literal.lexicalForm.utf8.count == "<b xmlns=\"http://ex.org/x\">".utf8.count + (depth + 1) * 3 + 1 + (depth + 2) * 4)
    }

    @Test(arguments: ["nt", "ttl", "json", "ndjson", "rdf", "csv", "tsv"])
    func emptyFileIsRefusedInEveryFormat(_ fileExtension: String) throws {
        for content: [UInt8] in [[], Array(" \n\t\r\n".utf8), [0xEF, 0xBB, 0xBF]] {
            let path = try Self.temporaryFile("empty." + fileExtension, content)
            #expect(throws: FileError.emptyFile(path: path, expected: RDFFormat(path: path)!.displayName)) {
                _ = try VocabularyLoader.loadGraph(path: path)
            }
        }
    }
}
