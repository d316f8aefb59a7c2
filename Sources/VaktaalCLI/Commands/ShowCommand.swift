import ArgumentParser
import VaktaalFormats
import VaktaalModel

/// `vaktaal show`: one concept with its labels, hierarchy, notes and mappings.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one concept: labels, hierarchy, notes and mappings."
    )

    @Argument(help: "The concept's IRI or notation (or, failing those, its exact preferred label).")
    var concept: String

    @OptionGroup var vocabularies: VocabularyOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Preferred language for labels.")
    var lang: String = "nl"

    func run() throws {
        // Only the concepts shown and their neighbours become model values.
        let compact = try vocabularies.loadCompact()
        let found = compact.concepts(named: concept)
        guard !found.isEmpty else {
            throw CommandFailure.negative("no concept with IRI, notation or preferred label '\(concept)'")
        }
        let vocabulary = compact.neighbourhood(of: found.map(\.iri))
        let hierarchy = HierarchyIndex(vocabulary)
        let objectLabels = vocabulary.objectLabels()
        let reports = found.map { ConceptReport($0, in: vocabulary, hierarchy: hierarchy, language: lang, objectLabels: objectLabels) }
        switch format {
        case .text: Terminal.print(reports.map { $0.text(language: lang) }.joined(separator: "\n\n"))
        case .json: Terminal.print(try JSONOutput.string(reports.count == 1 ? AnyEncodable(reports[0]) : AnyEncodable(reports)))
        }
    }
}
