import Foundation
import Testing
@testable import VaktaalFormats
import VaktaalModel

/// Internal entities may expand to a bounded multiple of the input: bombs are refused at the
/// reference, as "entity amplification", without building their text.
@Suite struct EntityBudgetTests {
    static let rdf = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:skos=\"http://www.w3.org/2004/02/skos/core#\">\n"

    /// Reads a document generated into a temporary file, as the CLI does.
    static func read(_ text: String) throws -> Graph {
        let path = NSTemporaryDirectory() + "entity-" + UUID().uuidString + ".rdf"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var graph = Graph()
        try RDFXMLReader.read(path: path, base: "http://ex.org/") { graph.insert($0) }
        return graph
    }

    static func parseError(_ text: String) -> ParseError? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error as? ParseError
        }
    }

    @Test func oneLargeEntityUsedManyTimesIsRefused() throws {
        let document = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [<!ENTITY e \"" + String(repeating: "a", count: 100_000) + "\">]>\n" + Self.rdf
            + "<skos:Concept rdf:about=\"http://ex.org/a\">\n<skos:prefLabel>" + String(repeating: "&e;", count: 100_000)
            + "</skos:prefLabel></skos:Concept></rdf:RDF>\n"
        let error = try #require(Self.parseError(document))
        #expect(error.message.contains("entity amplification"))
        #expect(error.message.contains("'&e;'"))
        #expect(error.location.line == 5)
        #expect(error.location.column > 16)
    }

    @Test func nestedBombIsAmplificationAtItsReference() throws {
        var document = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY lol \"lol\">\n"
        var previous = "lol"
        for level in 1...9 {
            document += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
            previous = "lol\(level)"
        }
        document += "]>\n" + Self.rdf + "<skos:Concept rdf:about=\"http://ex.org/a\">\n  <skos:prefLabel>&lol9;</skos:prefLabel>\n</skos:Concept></rdf:RDF>\n"
        let error = try #require(Self.parseError(document))
        #expect(error.message.contains("entity amplification"))
        #expect(error.message.contains("'&lol9;'"))
        #expect(error.location.line == 16)
        #expect(error.location.column == 19)
    }

    @Test func entityInAttributeIsCharged() throws {
        let document = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [<!ENTITY e \"" + String(repeating: "a", count: 100_000) + "\">]>\n" + Self.rdf
            + String(repeating: "<skos:Concept rdf:about=\"http://ex.org/&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"/>\n", count: 10_000) + "</rdf:RDF>\n"
        let error = try #require(Self.parseError(document))
        #expect(error.message.contains("entity amplification"))
    }

    @Test func entityLoopIsALoop() throws {
        let document = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [<!ENTITY a \"x&b;\"><!ENTITY b \"&a;y\">]>\n" + Self.rdf
            + "<rdf:Description rdf:about=\"http://ex.org/a\"><rdf:value>&a;</rdf:value></rdf:Description></rdf:RDF>\n"
        let error = try #require(Self.parseError(document))
        #expect(error.message.contains("entity loop"))
        #expect(error.location.line == 4)
    }

    @Test func namespaceEntitiesStillWork() throws {
        let document = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [<!ENTITY skos \"http://www.w3.org/2004/02/skos/core#\">]>\n" + Self.rdf
            + String(repeating: "<skos:Concept rdf:about=\"http://ex.org/c\"><rdf:type rdf:resource=\"&skos;Concept\"/></skos:Concept>\n", count: 50_000)
            + "</rdf:RDF>\n"
        let graph = try Self.read(document)
        #expect(graph.triples.contains(Triple(.iri("http://ex.org/c"), Namespace.rdf + "type", .iri(Namespace.skos + "Concept"))))
    }
}
