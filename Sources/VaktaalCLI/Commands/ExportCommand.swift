import ArgumentParser
import VaktaalFormats
import VaktaalModel

/// `vaktaal export`: regenerates `Exports/` from `Vocabularies/`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole vocabulary set in every export format (the contents of Exports/).",
        discussion: """
        Loads every vocabulary file under --vocab (default: the shipped Vocabularies/) and writes \
        into --output: \(ExportPlan.fileNames.joined(separator: ", ")). Every file is written \
        atomically and deterministically, so that Exports/ changes only when Vocabularies/ does.
        """
    )

    @OptionGroup var vocabularies: VocabularyOptions

    @Option(name: .shortAndLong, help: "The folder to write into (default: Exports beside Vocabularies).")
    var output: String?

    func run() throws {
        let paths = try vocabularies.paths()
        let graph = try VocabularyLoader.loadMergedGraph(paths: paths, progress: TerminalProgress.shared.report)
        let folder = output ?? ExportPlan.defaultFolder(for: paths)
        let written = try ExportPlan.write(graph, to: folder)
        Terminal.print(written.map { "wrote \($0)" }.joined(separator: "\n"))
    }
}
