import Foundation
import Testing
import VaktaalFormats

/// What input holds never reaches the terminal as control characters, and a huge query is
/// refused before any work, without echoing it whole.
@Suite struct TerminalOutputTests {
    static let escape = "\u{1B}"

    /// A vocabulary whose label carries terminal escape sequences.
    static func hostileVocabulary() throws -> String {
        let path = try CLIRunner.temporaryDirectory() + "/hostile.nt"
        let label = "las\\u001B]0;pwned\\u0007sen\\u001B[2J"
        try """
        <http://ex.org/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#ConceptScheme> .
        <http://ex.org/c> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#Concept> .
        <http://ex.org/c> <http://www.w3.org/2004/02/skos/core#inScheme> <http://ex.org/s> .
        <http://ex.org/c> <http://www.w3.org/2004/02/skos/core#prefLabel> "\(label)"@nl .
        <http://ex.org/c> <http://www.w3.org/2004/02/skos/core#notation> "X\\u001B[2J1" .

        """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func lookupAndShowEscapeControlCharacters() throws {
        let vocabulary = try Self.hostileVocabulary()
        let lookup = try CLIRunner.run(["lookup", "pwned", "--vocab", vocabulary])
        #expect(lookup.status == 0)
        #expect(!lookup.stdout.contains(Self.escape) && !lookup.stdout.contains("\u{07}"))
        #expect(lookup.stdout.contains("\\u{1B}]0;pwned\\u{7}"))
        let show = try CLIRunner.run(["show", "http://ex.org/c", "--vocab", vocabulary])
        #expect(show.status == 0)
        #expect(!show.stdout.contains(Self.escape))
        #expect(show.stdout.contains("\\u{1B}[2J"))
    }

    @Test func errorLinesEscapeControlCharacters() throws {
        let path = try CLIRunner.temporaryDirectory() + "/bad.nt"
        try "<http://ex.org/a> <http://ex.org/p> \u{1B}]0;pwned\u{07} .\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["convert", path, "--to", "turtle"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.nt:1:37"))
        #expect(!result.stderr.contains(Self.escape) && !result.stderr.contains("\u{07}"))
        let query = try CLIRunner.run(["lookup", "\u{1B}[2Jfrezen\u{1B}]0;x\u{07}zzzz"])
        #expect(query.status == 1)
        #expect(!query.stderr.contains(Self.escape))
    }

    @Test func hugeQueryIsRefusedWithoutEchoingIt() throws {
        let query = String(repeating: "a", count: 100_000)
        let result = try CLIRunner.run(["lookup", query])
        #expect(result.status == 2)
        #expect(result.stderr.contains("100000 characters"))
        #expect(result.stderr.count < 300)
        let translate = try CLIRunner.run(["translate", query, "--to", "metaal"])
        #expect(translate.status == 2)
        #expect(translate.stderr.count < 300)
    }

    @Test func nothingFoundEchoesALongQueryCut() throws {
        let query = String(repeating: "qx", count: 400)
        let result = try CLIRunner.run(["lookup", query])
        #expect(result.status == 1)
        #expect(result.stderr.contains("…"))
        #expect(result.stderr.count < 1000)
    }
}
