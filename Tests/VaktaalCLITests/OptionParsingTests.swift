import ArgumentParser
import Testing
import VaktaalFormats
@testable import VaktaalCLI

/// Options are checked when they are parsed, before anything is loaded: a limit below 1 or a
/// hop count outside 1…8 is a usage error (exit 2), not quietly read as 1.
@Suite struct OptionParsingTests {
    @Test(arguments: [
        ["translate", "lassen", "--to", "metaal", "--limit", "0"],
        ["translate", "lassen", "--to", "metaal", "--limit=-3"],
        ["translate", "lassen", "--to", "metaal", "--max-hops", "0"],
        ["translate", "lassen", "--to", "metaal", "--max-hops", "99"],
        ["lookup", "lassen", "--limit", "0"],
        ["translate", "lassen"],
    ])
    func badOptionsAreUsageErrors(_ arguments: [String]) {
        #expect(throws: (any Error).self) { _ = try VaktaalCommand.parseAsRoot(arguments) }
    }

    @Test func goodOptionsParse() throws {
        let command = try VaktaalCommand.parseAsRoot(["translate", "lassen", "--to", "metaal", "--limit", "1", "--max-hops", "2"])
        let translate = try #require(command as? TranslateCommand)
        #expect(translate.limit == 1 && translate.maxHops == 2 && translate.to == "metaal")
    }

    @Test func unknownSchemeIsAUsageErrorAtRun() throws {
        let result = try CLIRunner.run(["translate", "lassen", "--to", "nergens"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("nergens"))
    }

    @Test func versionComesFromTheLibrary() throws {
        let result = try CLIRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == Vaktaal.version + "\n")
        #expect(Vaktaal.version.split(separator: ".").count == 3)
    }
}
