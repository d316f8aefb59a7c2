import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// `vaktaal diff` end to end. The EuroVoc fragment's figures (1 concept removed, 2 changed,
/// altLabels +2/−2) were computed with rdflib; see DiffReleaseTests.
@Suite struct DiffCommandTests {
    static let euroVocOld = CLIRunner.shared("skos-history/examples/test_query/data/old/test.rdf")
    static let euroVocNew = CLIRunner.shared("skos-history/examples/test_query/data/new/test.rdf")
    static let tableOld = CLIRunner.shared("skos-history/examples/test_load/data/v1/subdivisions-skos.rdf")
    static let tableNew = CLIRunner.shared("skos-history/examples/test_load/data/v2/subdivisions-skos.rdf")

    @Test func differencesExitOneWithSummaryFirst() throws {
        let result = try CLIRunner.run(["diff", Self.euroVocOld, Self.euroVocNew])
        #expect(result.status == 1)
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines.firstIndex(of: "Summary")! < lines.firstIndex { $0.hasPrefix("Removed concepts") }!)
        #expect(result.stdout.contains("0 added, 1 removed, 2 changed"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }

    /// Under a pseudo-terminal (util-linux `script`) the text is coloured, unless `NO_COLOR` is set.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func colourOnlyOnATerminal() throws {
        let command = [CLIRunner.binary, "diff", Self.euroVocOld, Self.euroVocNew].map { "'\($0)'" }.joined(separator: " ")
        let coloured = try Self.runInTerminal(command, environment: ["NO_COLOR": nil])
        #expect(coloured.contains("\u{1B}[31m−\u{1B}[0m 5854"))
        #expect(!(try Self.runInTerminal(command, environment: ["NO_COLOR": "1"])).contains("\u{1B}["))
    }

    static func runInTerminal(_ command: String, environment: [String: String?]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        var variables = ProcessInfo.processInfo.environment
        for (name, value) in environment { variables[name] = value }
        process.environment = variables
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func sameVocabularyInAnotherFormatExitsZero() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let nt = directory + "/v2.nt", json = directory + "/v2.json"
        #expect(try CLIRunner.run(["convert", Self.tableNew, "--to", "ntriples", "-o", nt]).status == 0)
        #expect(try CLIRunner.run(["convert", Self.tableNew, "--to", "json", "-o", json]).status == 0)
        let same = try CLIRunner.run(["diff", Self.tableNew, nt])
        #expect(same.status == 0)
        #expect(same.stdout.contains("no differences"))
        #expect(try CLIRunner.run(["diff", nt, json]).status == 0)
        let across = try CLIRunner.run(["diff", Self.tableOld, nt, "--format", "json", "--summary"])
        #expect(across.status == 1)
        let summary = try JSONDecoder().decode(DiffSummary.self, from: Data(across.stdout.utf8))
        #expect(summary.concepts == .init(added: 12, removed: 0, changed: 0))
    }

    @Test func jsonDecodesAsTheModel() throws {
        let result = try CLIRunner.run(["diff", Self.euroVocOld, Self.euroVocNew, "--format", "json"])
        #expect(result.status == 1)
        let diff = try JSONDecoder().decode(VocabularyDiff.self, from: Data(result.stdout.utf8))
        #expect(diff.summary.altLabels == .init(added: 2, removed: 2))
        #expect(diff.removed.map(\.iri) == ["http://eurovoc.europa.eu/5854"])
        #expect(diff.names["http://eurovoc.europa.eu/5854"]?.notation == "5854")
    }

    @Test func markdownForReleaseNotes() throws {
        let result = try CLIRunner.run(["diff", Self.euroVocOld, Self.euroVocNew, "--format", "markdown", "--lang", "fr"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("# vaktaal diff `"))
        #expect(result.stdout.contains("| concepts | 0 added, 1 removed, 2 changed |"))
        #expect(result.stdout.contains("| altLabel | +1 −0 |"))
        #expect(result.stdout.contains("## Removed concepts (1)"))
        #expect(result.stdout.contains("`altLabel@fr` language added"))
    }

    @Test func summaryOnlyPrintsCounts() throws {
        let result = try CLIRunner.run(["diff", Self.tableOld, Self.tableNew, "--summary"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("12 added"))
        #expect(!result.stdout.contains("Added concepts"))
    }

    @Test func impactOfRemovedConceptsOnOtherVocabularies() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let sector = directory + "/sector.nt"
        try """
        <https://example.org/sector/1> <http://www.w3.org/2004/02/skos/core#exactMatch> <http://eurovoc.europa.eu/5854> .
        <https://example.org/sector/2> <http://www.w3.org/2004/02/skos/core#closeMatch> <http://eurovoc.europa.eu/214> .

        """.write(toFile: sector, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["diff", Self.euroVocOld, Self.euroVocNew, "--vocab", sector, "--format", "json"])
        #expect(result.status == 1)
        let diff = try JSONDecoder().decode(VocabularyDiff.self, from: Data(result.stdout.utf8))
        let broken = try #require(diff.impact)
        #expect(broken.map(\.subject) == ["https://example.org/sector/1"])
        #expect(broken.first?.reason == .removed)
        #expect(broken.first?.source == sector)
        let text = try CLIRunner.run(["diff", Self.euroVocOld, Self.euroVocNew, "--vocab", sector])
        #expect(text.stdout.contains("broken mappings"))
        #expect(text.stdout.contains("Impact"))
    }

    @Test func troubleExitsTwo() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let bad = directory + "/bad.rdf"
        try "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n  <unclosed>\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let malformed = try CLIRunner.run(["diff", Self.tableOld, bad])
        #expect(malformed.status == 2)
        #expect(malformed.stderr.contains("bad.rdf:"))
        #expect(malformed.stdout.isEmpty)
        #expect(try CLIRunner.run(["diff", Self.tableOld, directory + "/missing.rdf"]).status == 2)
        #expect(try CLIRunner.run(["diff", Self.tableOld, Self.tableNew, "--scheme", "nothing-like-this"]).status == 2)
        #expect(try CLIRunner.run(["diff", Self.tableOld]).status == 2)
    }

    @Test func schemeFilterByName() throws {
        let result = try CLIRunner.run(["diff", Self.tableOld, Self.tableNew, "--scheme", "subdivision", "--format", "json", "--summary"])
        #expect(result.status == 1)
        let summary = try JSONDecoder().decode(DiffSummary.self, from: Data(result.stdout.utf8))
        #expect(summary.concepts.added == 12)
    }
}
