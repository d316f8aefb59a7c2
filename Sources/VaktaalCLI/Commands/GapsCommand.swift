import ArgumentParser
import VaktaalFormats
import VaktaalModel

/// `vaktaal gaps`: the hub concepts one sector maps and another does not.
struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "List hub concepts that one scheme maps to and another does not: where translate finds no counterpart.",
        discussion: """
        For each gap, the concepts of --from mapped to the hub concept, and the nearest broader hub \
        concept that --to does map to (what an advisor is offered instead). Exit 0 when there are no \
        gaps, 1 when there are.
        """
    )

    @Option(help: "The scheme that maps the hub concepts (IRI or short name).")
    var from: String

    @Option(help: "The scheme checked for a counterpart (IRI or short name).")
    var to: String

    @Option(help: "The shared scheme both map to.")
    var hub: String = "hub"

    @OptionGroup var vocabularies: VocabularyOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    struct Row: Encodable {
        let concept: TranslationReport.Concept
        let mappedFrom: [TranslationReport.Concept]
        let nearestMappedAncestor: TranslationReport.Concept?
    }

    func run() throws {
        let vocabulary = try vocabularies.load()
        let from = try SchemeResolver.resolve(self.from, in: vocabulary)
        let to = try SchemeResolver.resolve(self.to, in: vocabulary)
        let hub = try SchemeResolver.resolve(self.hub, in: vocabulary)
        guard from != to else { throw CommandFailure.trouble("error: --from and --to name the same scheme (\(from))") }
        let gaps = MappingGap.gaps(in: vocabulary, from: from, to: to, hub: hub)
        func concept(_ iri: String) -> TranslationReport.Concept { TranslationReport.Concept(iri, in: vocabulary) }
        let rows = gaps.map { Row(concept: concept($0.concept), mappedFrom: $0.mappedFrom.map(concept),
                                  nearestMappedAncestor: $0.nearestMappedAncestor.map(concept)) }
        switch format {
        case .json: Terminal.print(try JSONOutput.string(rows))
        case .text:
            var lines = ["\(rows.count) hub concepts mapped from \(SchemeName.shortName(of: from)) have no counterpart in \(SchemeName.shortName(of: to))"]
            for row in rows {
                lines.append("  \(TranslationReport.describe(row.concept))  ← \(row.mappedFrom.map { $0.notation ?? $0.iri }.joined(separator: ", "))"
                             + (row.nearestMappedAncestor.map { "; nearest: \(TranslationReport.describe($0))" } ?? ""))
            }
            Terminal.print(lines.joined(separator: "\n"))
        }
        if !rows.isEmpty { throw ExitCode(1) }
    }
}
