import ArgumentParser
import VaktaalFormats
import VaktaalModel

/// `vaktaal translate`: from a training need in one branch to the concepts of another.
struct TranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Translate a training need (a term or a sentence) from one scheme into the concepts of another, with the path that justifies it.",
        discussion: """
        The need is matched against the labels and definitions of the source scheme (rare words \
        count more than common ones; typos, word forms and compounds are tolerated; the framing \
        advisors hear, such as 'onze monteurs moeten leren', is ignored). Mappings are then \
        followed in both directions, through the hub or any other scheme, up to --max-hops steps. \
        Relations compose as documented in the README; results are ranked by relevance, which \
        also counts how well the target's own words fit. Where no counterpart exists, the nearest \
        concepts are offered with what links them (same family, same ESCO skill, or words only), \
        never with a match type. Targets: a scheme's IRI, its last part (metaal, hub), its name, \
        or esco for ESCO skills (loaded or not).
        """
    )

    @Argument(help: "The need, as the user has it.")
    var term: String

    @Option(help: "The scheme to translate into (IRI, its last part such as metaal or hub, or esco).")
    var to: String

    @Option(help: "The scheme the need comes from (default: any other scheme).")
    var from: String?

    @OptionGroup var vocabularies: VocabularyOptions

    @Option(help: "The most steps a path may take.")
    var maxHops: Int = 4

    @Option(help: "The most results.")
    var limit: Int = 10

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1 (got \(limit))") }
        guard (1...8).contains(maxHops) else { throw ValidationError("--max-hops must be from 1 to 8 (got \(maxHops))") }
    }

    func run() throws {
        guard term.count <= LookupCommand.maximumQueryLength else {
            throw CommandFailure.trouble("error: the need is \(term.count) characters long; at most \(LookupCommand.maximumQueryLength) are read ('\(Terminal.echo(term, limit: 40))')")
        }
        let vocabulary = try vocabularies.load()
        let target = try SchemeResolver.resolve(to, in: vocabulary)
        let source = try from.map { try SchemeResolver.resolve($0, in: vocabulary) }
        if let source, source == target {
            throw CommandFailure.trouble("error: --from and --to name the same scheme (\(SchemeName.shortName(of: target))); translate goes from one scheme to another (use lookup to search one scheme)")
        }
        var translator = Translator(vocabulary: vocabulary)
        translator.maximumHops = maxHops
        let results = try translator.translate(term, to: target, from: source, limit: limit)
        guard !results.isEmpty else {
            throw CommandFailure.negative("nothing in \(SchemeName.shortName(of: target)) relates to '\(Terminal.echo(term))'\(source.map { " (from \(SchemeName.shortName(of: $0)))" } ?? "")")
        }
        let objectLabels = vocabulary.objectLabels()
        let reports = results.map { TranslationReport($0, term: term, in: vocabulary, objectLabels: objectLabels) }
        switch format {
        case .json: Terminal.print(try JSONOutput.string(reports))
        case .text:
            var blocks: [String] = []
            if !results.contains(where: \.isCounterpart) {
                var header = "geen tegenhanger in \(SchemeName.shortName(of: target)); het dichtst bij:"
                if let covering = reports.lazy.compactMap({ $0.coveringConcept ?? $0.sharedConcept }).first {
                    header += "\n  (de behoefte valt onder \(TranslationReport.describe(covering)))"
                }
                blocks.append(header)
            }
            blocks += reports.enumerated().map { "\($0.offset + 1). " + $0.element.text }
            Terminal.print(blocks.joined(separator: "\n\n"))
        }
    }
}
