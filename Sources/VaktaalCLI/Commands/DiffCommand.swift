import ArgumentParser
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization
import VaktaalFormats
import VaktaalModel

/// `vaktaal diff`: what changed between two versions of a vocabulary, concept by concept.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of a vocabulary, at the level of concepts.",
        discussion: """
        Concepts are matched by IRI. Reports concepts added, removed, deprecated and replaced; labels \
        and notes per language; notations; the hierarchy (moves), related links and mappings; scheme \
        metadata and collections. With --vocab, also the mappings in other vocabularies that point to \
        concepts removed or deprecated in NEW. OLD and NEW may be in different formats.
        Exit status as diff(1): 0 no differences, 1 differences, 2 trouble.
        """
    )

    @Argument(help: "The old version: a file or folder in any supported format.")
    var old: String

    @Argument(help: "The new version.")
    var new: String

    @Option(help: "Output format: text, markdown or json.")
    var format: DiffFormat = .text

    @Option(help: "Only label and note changes in this language (e.g. nl); also the language concepts are named in.")
    var lang: String?

    @Option(help: "Only concepts of this scheme (its IRI, the last part of it, its notation or its name).")
    var scheme: String?

    @Option(name: .long, parsing: .upToNextOption,
            help: "Other vocabularies (files or folders): report their mappings to concepts removed or deprecated in NEW.")
    var vocab: [String] = []

    @Flag(help: "Print only the counts.")
    var summary = false

    func run() throws {
        let (before, after) = try Self.loadBoth(old, new)
        let schemeIRI = try scheme.map { try resolveScheme($0, before, after) }
        let others = vocab.isEmpty ? nil : try loadOthers()
        let diff = VocabularyDiff(old: before, new: after, options: DiffOptions(language: lang, scheme: schemeIRI), others: others)
        if format == .text { Terminal.printStyled(try render(diff)) } else { Terminal.print(try render(diff)) }
        KeptUntilExit.keep((before, after, others))
        if diff.hasDifferences { throw ExitCode(1) }
    }

    private func render(_ diff: VocabularyDiff) throws -> String {
        switch format {
        case .json: return summary ? try JSONOutput.string(diff.summary) : try JSONOutput.string(diff)
        case .markdown: return DiffRenderer(diff: diff, style: DiffMarkdownStyle(), old: old, new: new).render(summaryOnly: summary)
        case .text:
            let colour = Terminal.stdoutIsTerminal && FileSystem.environment("NO_COLOR") == nil
            return DiffRenderer(diff: diff, style: DiffTextStyle(colour: colour), old: old, new: new).render(summaryOnly: summary)
        }
    }

    /// Loads both versions at the same time, one thread each, in compact form; the first failure
    /// (OLD's first) is thrown.
    static func loadBoth(_ old: String, _ new: String) throws -> (CompactVocabulary, CompactVocabulary) {
        let paths = [old, new]
        let results = Mutex<[Result<CompactVocabulary, any Error>?]>([nil, nil])
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let result = Result { try VocabularyLoader.loadCompactVocabulary(paths: [paths[index]], progress: TerminalProgress.shared.report) }
            results.withLock { $0[index] = result }
        }
        let loaded = try results.withLock { results in try results.map { try $0!.get() } }
        return (loaded[0], loaded[1])
    }

    private func resolveScheme(_ key: String, _ before: CompactVocabulary, _ after: CompactVocabulary) throws -> String {
        if before.scheme(key) != nil { return key }
        do {
            return try SchemeResolver.resolve(key, in: after.schemes)
        } catch {
            return try SchemeResolver.resolve(key, in: before.schemes)
        }
    }

    /// The other vocabularies, one per file, named by their path.
    private func loadOthers() throws -> [(name: String, vocabulary: Vocabulary)] {
        try vocab.flatMap { try VocabularyLoader.expand($0) }.map { file in
            (name: file, vocabulary: try VocabularyLoader.loadVocabulary(paths: [file]))
        }
    }
}
