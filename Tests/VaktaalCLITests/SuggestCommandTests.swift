import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// `vaktaal suggest` end to end: SSSOM/TSV the reader takes (and sssom-py validates, with
/// `VAKTAAL_INTEROP=1`), JSON and text, options, and `--accept` on a copy of the shipped sets.
@Suite struct SuggestCommandTests {
    @Test func defaultOutputIsSSSOMTheReaderTakes() throws {
        let result = try CLIRunner.run(["suggest", "--from", "metaal", "--to", "hub", "--all", "--limit", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        let read = try SSSOMReader.read(Array(result.stdout.utf8), file: "stdout")
        #expect(read.mappings.count >= 2 * 140)
        #expect(read.mappings.allSatisfy { [MappingSuggester.lexicalMatching, MappingSuggester.compositeMatching].contains($0.justification) })
        #expect(read.mappings.allSatisfy { ($0.confidence ?? -1) >= 0 && ($0.confidence ?? 2) <= 1 && $0.comment != nil })
        let columns = result.stdout.split(separator: "\n").first { !$0.hasPrefix("#") }?.split(separator: "\t").map(String.init) ?? []
        #expect(Array(columns.prefix(8)) == ["subject_id", "subject_label", "predicate_id", "object_id", "object_label",
                                            "mapping_justification", "confidence", "comment"])
    }

    @Test func onlyUnmappedConceptsWithoutAll() throws {
        // Every shipped metaal concept is mapped to the hub: nothing to suggest, exit 1.
        let result = try CLIRunner.run(["suggest", "--from", "metaal", "--to", "hub", "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]" || result.stdout.contains("[]"))
    }

    @Test func jsonAndTextName() throws {
        let json = try CLIRunner.run(["suggest", "--from", "installatietechniek", "--to", "hub", "--all", "--limit", "1",
                                      "--min-confidence", "0.9", "--format", "json"])
        #expect(json.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { ($0["confidence"] as? Double ?? 0) >= 0.9 && $0["rank"] as? Int == 1 })
        #expect(Set(rows.first!.keys) == ["subject", "predicate", "object", "rank", "confidence", "justification", "evidence", "signals"])
        let text = try CLIRunner.run(["suggest", "--from", "installatietechniek", "--to", "hub", "--all", "--limit", "1", "--format", "text"])
        #expect(text.stdout.contains("IT-057 'hardsolderen van koperleidingen'"))
    }

    @Test func usageErrors() throws {
        #expect(try CLIRunner.run(["suggest", "--from", "metaal"]).status == 2)
        #expect(try CLIRunner.run(["suggest", "--from", "metaal", "--to", "metaal"]).status == 2)
        #expect(try CLIRunner.run(["suggest", "--from", "metaal", "--to", "nowhere"]).status == 2)
        #expect(try CLIRunner.run(["suggest", "--from", "hub", "--to", "esco"]).stderr.contains("--vocab"))
    }

    @Test func acceptMergesIntoACopyOfTheShippedSets() throws {
        let folder = NSTemporaryDirectory() + "vaktaal-suggest-accept-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: CLIRunner.repositoryRoot + "/Vocabularies") where name.hasSuffix(".rdf") {
            try FileManager.default.copyItem(atPath: CLIRunner.repositoryRoot + "/Vocabularies/" + name, toPath: folder + "/" + name)
        }
        try FileManager.default.copyItem(atPath: CLIRunner.repositoryRoot + "/Vocabularies/mappings", toPath: folder + "/mappings")
        let before = try String(contentsOfFile: folder + "/mappings/metaal-hub.rdf", encoding: .utf8)
        let shipped = try VocabularyLoader.loadVocabulary(paths: [folder]).mappings
        let existing = Set(shipped.map { "\($0.subject) \($0.type.rawValue) \($0.object)" })
        let pairs = Set(shipped.map { "\($0.subject) \($0.object)" })
        // A reviewer keeps one candidate that is not mapped yet and rejects every other row.
        let suggested = try CLIRunner.run(["suggest", "--from", "metaal", "--to", "hub", "--all", "--limit", "3", "--vocab", folder])
        var lines = suggested.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var kept: String?
        for index in lines.indices where lines[index].hasPrefix("vaktaal.metaal:") {
            var cells = lines[index].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let triple = cells[0].replacingOccurrences(of: "vaktaal.metaal:", with: "https://data.vaktaal.nl/metaal/") + " "
                + cells[2].replacingOccurrences(of: "skos:", with: "") + " "
                + cells[3].replacingOccurrences(of: "vaktaal.hub:", with: "https://data.vaktaal.nl/hub/")
            let pair = cells[0].replacingOccurrences(of: "vaktaal.metaal:", with: "https://data.vaktaal.nl/metaal/") + " "
                + cells[3].replacingOccurrences(of: "vaktaal.hub:", with: "https://data.vaktaal.nl/hub/")
            if kept == nil, !pairs.contains(pair) { kept = triple } else { cells[2] = "noMatch" }
            lines[index] = cells.joined(separator: "\t")
        }
        let triple = try #require(kept)
        // Beside the folder, not in it: --vocab loads every file of the folder, SSSOM included.
        let review = folder + "-review.sssom.tsv"
        defer { try? FileManager.default.removeItem(atPath: review) }
        try lines.joined(separator: "\n").write(toFile: review, atomically: true, encoding: .utf8)
        let arguments = ["suggest", "--accept", review, "--vocab", folder, "--author", "https://data.vaktaal.nl/agent/test", "--date", "2026-12-08"]
        let accepted = try CLIRunner.run(arguments)
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(accepted.stdout.contains("metaal-hub.rdf: 1 added, 0 already present"), "\(accepted.stdout)")
        let after = try String(contentsOfFile: folder + "/mappings/metaal-hub.rdf", encoding: .utf8)
        #expect(after.count > before.count)
        #expect(after.contains("<sssom:author_id rdf:resource=\"https://data.vaktaal.nl/agent/test\"/>"))
        let merged = try VocabularyLoader.loadVocabulary(paths: [folder]).mappings
        #expect(merged.contains { "\($0.subject) \($0.type.rawValue) \($0.object)" == triple && $0.date?.lexicalForm == "2026-12-08" })
        #expect(merged.count == existing.count + 1)
        let again = try CLIRunner.run(arguments)
        #expect(again.stdout.contains("metaal-hub.rdf: 0 added, 1 already present"), "\(again.stdout)")
        #expect(try String(contentsOfFile: folder + "/mappings/metaal-hub.rdf", encoding: .utf8) == after)
        #expect(try CLIRunner.run(["validate", folder]).status == 0)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["VAKTAAL_INTEROP"] == "1", "set VAKTAAL_INTEROP=1 to run sssom validate"),
          arguments: ["metaal", "metalektro", "installatietechniek"])
    func sssomValidateAcceptsTheSuggestions(sector: String) throws {
        let result = try CLIRunner.run(["suggest", "--from", sector, "--to", "hub", "--all"])
        let path = NSTemporaryDirectory() + "vaktaal-suggest-\(sector)-\(getpid()).sssom.tsv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try result.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        let check = try CLIRunner.run(executable: "sssom", ["validate", path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}
