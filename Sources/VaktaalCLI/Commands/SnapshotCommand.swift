import ArgumentParser
import VaktaalFormats
import VaktaalModel

/// `vaktaal snapshot`: loaded vocabularies and their lookup index in one file, for instant start.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Write loaded vocabularies and their lookup index to one snapshot file, which every command reads in milliseconds.",
        discussion: """
        Give the snapshot wherever vocabularies are accepted (--vocab FILE.vaktaal, stats, convert, \
        serve). A snapshot is checked (header, layout version, length, checksum, every index) \
        before use: one that is cut off, damaged or written by another release is refused with a \
        message, never read in part. Without this command, commands keep a snapshot of the \
        sources they read in $XDG_CACHE_HOME/vaktaal (VAKTAAL_CACHE=off to turn that off).
        """
    )

    @Argument(help: "Vocabulary files or folders (default: the shipped Vocabularies/).")
    var sources: [String] = []

    @Option(name: .shortAndLong, help: "The snapshot file to write (FILE.vaktaal).")
    var output: String

    func run() throws {
        let paths = try sources.isEmpty ? VocabularyOptions.shippedPaths() : sources
        if let snapshot = paths.first(where: { SnapshotFile.isSnapshot($0) }) {
            throw CommandFailure.trouble("error: \(Terminal.echo(snapshot)) is a snapshot already; make a snapshot from the vocabularies' sources")
        }
        let made = try SnapshotFile.make(from: paths, progress: TerminalProgress.shared.report)
        KeptUntilExit.keep(made)
        try SnapshotFile.write(made.snapshot, to: output)
        TerminalProgress.shared.finish()
        let size = FileSystem.status(output)?.size ?? 0
        Terminal.error("wrote \(Terminal.echo(output)): \(made.vocabulary.concepts.count) concepts, \(try made.snapshot.lookupIndex().labelCount) labels indexed, \(size / 1024) KiB")
    }
}
