import Foundation
import Testing
import VaktaalModel

/// `vaktaal validate` end to end: exit codes, output formats, the shipped vocabularies.
@Suite struct ValidateCommandTests {
    static let fixtures = "qskos/src/test/resources/"

    static func json(_ result: CLIRunner.Result) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    static func findings(_ object: [String: Any]) -> [[String: Any]] {
        object["findings"] as? [[String: Any]] ?? []
    }

    /// The shipped vocabularies (hub, three sectors, mappings incl. ESCO) hold no errors and no
    /// warnings; what is left is information (related siblings, ESCO not loaded).
    @Test func shippedVocabulariesHaveNoErrors() throws {
        let result = try CLIRunner.run(["validate", "Vocabularies", "--format", "json"])
        let object = try Self.json(result)
        let serious = Self.findings(object).filter { $0["severity"] as? String != "info" }
        #expect(serious.isEmpty, "\(serious.map { "\($0["concept"] ?? "") \($0["message"] ?? "")" })")
        #expect(result.status == 0)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect((summary["concepts"] as? Int ?? 0) > 700)
        #expect((summary["files"] as? [String])?.count == 8)
    }

    @Test func findingsAtOrAboveFailOnExitWithOne() throws {
        let file = CLIRunner.shared(Self.fixtures + "ambiguousLabels.rdf")
        #expect(try CLIRunner.run(["validate", file]).status == 1)
        #expect(try CLIRunner.run(["validate", file, "--only", "uc", "ml"]).status == 0)
        #expect(try CLIRunner.run(["validate", file, "--only", "oilt", "--fail-on", "warning"]).status == 1)
        #expect(try CLIRunner.run(["validate", file, "--skip", "S14", "S13", "--fail-on", "error"]).status == 0)
    }

    @Test func badInputAndUsageExitWithTwo() throws {
        let unknownCheck = try CLIRunner.run(["validate", "Vocabularies/hub.rdf", "--only", "nonsense"])
        #expect(unknownCheck.status == 2)
        #expect(unknownCheck.stderr.contains("unknown check 'nonsense'"))
        let missing = try CLIRunner.run(["validate", "no/such/file.rdf"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no/such/file.rdf"))
        let broken = try CLIRunner.run(["validate", CLIRunner.shared(Self.fixtures + "skosxl.rdf")])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("skosxl.rdf:9"))
    }

    @Test func textOutputStartsWithTheSummaryThenFindings() throws {
        let file = CLIRunner.shared(Self.fixtures + "components_1.rdf")
        let result = try CLIRunner.run(["validate", file])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("FAIL: 1 file, ") == true)
        let summaryRow = try #require(lines.firstIndex { $0.hasPrefix("chr ") })
        let findingsStart = try #require(lines.firstIndex(of: "findings"))
        #expect(summaryRow < findingsStart)
        #expect(lines[summaryRow].contains(" 3  Cyclic Hierarchical Relations"))
        #expect(lines.dropFirst(findingsStart + 1).allSatisfy { $0.hasPrefix(file) })
    }

    /// The line of a finding is that of the resource's `rdf:about` in the file.
    @Test func findingsCarryFileAndLine() throws {
        let file = CLIRunner.shared(Self.fixtures + "components_1.rdf")
        let object = try Self.json(try CLIRunner.run(["validate", file, "--only", "ipl", "--format", "json"]))
        let finding = try #require(Self.findings(object).first)
        #expect(finding["concept"] as? String == "http://zbw.eu/stw/conceptN")
        #expect(finding["file"] as? String == file)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let expected = text.components(separatedBy: "\n").firstIndex { $0.contains("rdf:about=\"conceptN\"") }.map { $0 + 1 }
        #expect(finding["line"] as? Int == expected)
    }

    @Test func jsonHasSummaryChecksAndFindings() throws {
        let result = try CLIRunner.run(["validate", CLIRunner.shared(Self.fixtures + "relationClashes.rdf"), "--format", "json"])
        let object = try Self.json(result)
        let checks = try #require(object["checks"] as? [[String: Any]])
        #expect(checks.count == CheckCode.allCases.count)
        let rc = try #require(checks.first { $0["code"] as? String == "rc" })
        #expect(rc["findings"] as? Int == 10 && rc["skosCondition"] as? String == "S27" && rc["severity"] as? String == "error")
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == Self.findings(object).count { $0["severity"] as? String == "error" })
        #expect(summary["failed"] as? Bool == true)
        for finding in Self.findings(object) {
            for key in ["code", "severity", "concept", "message", "related", "file"] { #expect(finding[key] != nil, "\(key)") }
        }
    }

    @Test func contextVocabulariesResolveMappingTargets() throws {
        let mappings = "Vocabularies/mappings/metaal-hub.rdf"
        let alone = try Self.json(try CLIRunner.run(["validate", mappings, "--only", "x-unknown-target", "x-unloaded-vocabulary", "--format", "json"]))
        #expect(!Self.findings(alone).isEmpty)
        let withContext = try CLIRunner.run(["validate", mappings, "--vocab", "Vocabularies/hub.rdf", "Vocabularies/metaal.rdf",
                                             "--only", "x-unknown-target", "x-unloaded-vocabulary", "--format", "json"])
        let object = try Self.json(withContext)
        #expect(Self.findings(object).isEmpty)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect((summary["contextFiles"] as? [String])?.count == 2)
    }
}
