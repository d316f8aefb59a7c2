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
        into --output (default: Exports beside the vocabulary folder, or beside the folder of the \
        first file given): \(ExportPlan.fileNames.joined(separator: ", ")). Every file is written \
        atomically and deterministically, so that Exports/ changes only when Vocabularies/ does. \
        Mapping files of an earlier export whose mapping sets are not exported now are removed \
        (each is named), so that the folder holds exactly this export.
        """
    )

    @OptionGroup var vocabularies: VocabularyOptions

    @Option(name: .shortAndLong, help: "The folder to write into (default: Exports beside the vocabulary folder).")
    var output: String?

    func run() throws {
        let paths = try vocabularies.paths()
        let graph = try VocabularyLoader.loadMergedGraph(paths: paths, progress: TerminalProgress.shared.report)
        let folder = output ?? ExportPlan.defaultFolder(for: paths)
        let (written, removed) = try ExportPlan.write(graph, to: folder)
        Terminal.print((written.map { "wrote \($0)" } + removed.map { "removed \($0) (its mapping set is not exported now)" }).joined(separator: "\n"))
    }
}
