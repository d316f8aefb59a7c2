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
