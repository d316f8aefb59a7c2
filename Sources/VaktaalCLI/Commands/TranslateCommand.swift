import ArgumentParser
import VaktaalFormats
import VaktaalModel

/// `vaktaal translate`: from a term in one branch to the concepts of another.
struct TranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Translate a term from one scheme into the concepts of another, with the path that justifies it.",
        discussion: """
        Follows mappings in both directions, through the hub or any other scheme, up to --max-hops \
        steps; a broader concept may stand in for one without mappings. Relations compose as \
        documented in the README (exact∘exact = exact, broad∘broad = broad, broad∘narrow = no \
        match but shown as a sibling candidate, …); confidence decreases with every hop.
        """
    )

    @Argument(help: "The term, as the user has it.")
    var term: String

    @Option(help: "The scheme to translate into (IRI or its last part, e.g. metaal).")
    var to: String

    @Option(help: "The scheme the term comes from (default: any other scheme).")
    var from: String?

    @OptionGroup var vocabularies: VocabularyOptions

    @Option(help: "The most steps a path may take.")
    var maxHops: Int = 4

    @Option(help: "The most results.")
    var limit: Int = 10

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let vocabulary = try vocabularies.load()
        let target = try SchemeResolver.resolve(to, in: vocabulary)
        let source = try from.map { try SchemeResolver.resolve($0, in: vocabulary) }
        let index = LookupIndex(vocabulary)
        var translator = Translator(vocabulary: vocabulary, index: index)
        translator.maximumHops = max(1, maxHops)
        let results = translator.translate(term, to: target, from: source, limit: max(1, limit))
        guard !results.isEmpty else {
            let found = index.lookup(term, schemes: source.map { [$0] }, limit: 3)
            throw CommandFailure.negative(found.isEmpty
                ? "no concept matches '\(term)'\(source.map { " in \($0)" } ?? "")"
                : "found \(found.map { "'\($0.label)'" }.joined(separator: ", ")) but no path of mappings leads to \(target)")
        }
        let reports = results.map { TranslationReport($0, term: term, in: vocabulary) }
        switch format {
        case .json: Terminal.print(try JSONOutput.string(reports))
        case .text:
            Terminal.print(reports.enumerated().map { "\($0.offset + 1). " + $0.element.text }.joined(separator: "\n\n"))
        }
    }
}
