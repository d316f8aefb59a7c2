import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// `Exports/` is exactly what `vaktaal export` makes of `Vocabularies/`, so the two never drift.
@Suite struct ExportCommandTests {
    @Test func exportsAreCurrent() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(["export", "--vocab", "Vocabularies", "-o", directory])
        #expect(result.status == 0, "\(result.stderr)")
        let fresh = try FileManager.default.subpathsOfDirectory(atPath: directory).filter { $0.contains(".") }.sorted()
        #expect(!fresh.isEmpty)
        for name in fresh {
            let committed = CLIRunner.repositoryRoot + "/Exports/" + name
            let expected = FileManager.default.contents(atPath: committed)
            let actual = FileManager.default.contents(atPath: directory + "/" + name)
            #expect(expected != nil, "Exports/\(name) is missing: run `swift run vaktaal export`")
            #expect(expected == actual, "Exports/\(name) is stale: run `swift run vaktaal export`")
        }
    }

    @Test func everyExportHoldsTheSameGraph() throws {
        let directory = try CLIRunner.temporaryDirectory()
        #expect(try CLIRunner.run(["export", "--vocab", "Vocabularies", "-o", directory]).status == 0)
        let source = try VocabularyLoader.loadMergedGraph(paths: [CLIRunner.repositoryRoot + "/Vocabularies"])
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) where RDFFormat(path: name) != nil {
            let graph = try VocabularyLoader.loadGraph(path: directory + "/" + name)
            #expect(graph.isIsomorphic(to: source), "\(name) differs from Vocabularies/")
        }
    }

    @Test func exportIsDeterministic() throws {
        let first = try CLIRunner.temporaryDirectory(), second = try CLIRunner.temporaryDirectory()
        #expect(try CLIRunner.run(["export", "-o", first]).status == 0)
        #expect(try CLIRunner.run(["export", "-o", second]).status == 0)
        for name in try FileManager.default.subpathsOfDirectory(atPath: first) where name.contains(".") {
            #expect(FileManager.default.contents(atPath: first + "/" + name) == FileManager.default.contents(atPath: second + "/" + name))
        }
    }
}

/// Where `export` writes by default, and what it leaves of an earlier export.
@Suite struct ExportFolderTests {
    /// A copy of the shipped vocabularies in a fresh folder.
    static func copyOfVocabularies() throws -> String {
        let root = try CLIRunner.temporaryDirectory()
        try FileManager.default.copyItem(atPath: CLIRunner.repositoryRoot + "/Vocabularies", toPath: root + "/Vocabularies")
        return root
    }

    @Test func fileInTheVocabularyFolderExportsBesideIt() throws {
        let root = try Self.copyOfVocabularies()
        let result = try CLIRunner.run(["export", "--vocab", root + "/Vocabularies/hub.rdf"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: root + "/Exports/vaktaal.nt"))
        #expect(!FileManager.default.fileExists(atPath: root + "/Vocabularies/Exports"))
    }

    @Test func subsetExportRemovesStaleMappingFilesOnly() throws {
        let root = try Self.copyOfVocabularies()
        let output = root + "/out"
        #expect(try CLIRunner.run(["export", "--vocab", root + "/Vocabularies", "-o", output]).status == 0)
        let full = Set(try FileManager.default.contentsOfDirectory(atPath: output + "/mappings"))
        try "keep me".write(toFile: output + "/mappings/README.txt", atomically: true, encoding: .utf8)
        let subset = try CLIRunner.run(["export", "--vocab", root + "/Vocabularies/hub.rdf", root + "/Vocabularies/metaal.rdf", "-o", output])
        #expect(subset.status == 0, "\(subset.stderr)")
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: output + "/mappings"))
        let fresh = try CLIRunner.temporaryDirectory()
        #expect(try CLIRunner.run(["export", "--vocab", root + "/Vocabularies/hub.rdf", root + "/Vocabularies/metaal.rdf", "-o", fresh]).status == 0)
        let expected = Set(try FileManager.default.contentsOfDirectory(atPath: fresh + "/mappings"))
        #expect(left == expected.union(["README.txt"]))
        #expect(full.count > expected.count)
        for name in full.subtracting(expected) { #expect(subset.stdout.contains("removed " + output + "/mappings/" + name)) }
    }

    @Test func helpSaysOnlyOutputFileIsAllOrNothing() throws {
        let help = try CLIRunner.run(["convert", "--help"])
        let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Only -o is all-or-nothing"))
    }
}
