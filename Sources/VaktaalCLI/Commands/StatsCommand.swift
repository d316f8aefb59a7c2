import ArgumentParser
import VaktaalFormats
import VaktaalModel

/// `vaktaal stats`: counts of schemes, concepts, labels, relations and mappings.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count schemes, concepts, labels per language, relations and mappings."
    )

    @Argument(help: "Vocabulary files or folders, or one snapshot (default: the shipped Vocabularies/).")
    var files: [String] = []

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let paths = try files.isEmpty ? VocabularyOptions.shippedPaths() : files
        let statistics = VocabularyStatistics(try VocabularyLoader.loadVocabulary(paths: paths, progress: TerminalProgress.shared.report))
        switch format {
        case .text: Terminal.print(StatisticsText(statistics).render())
        case .json: Terminal.print(try JSONOutput.string(statistics))
        }
    }
}
