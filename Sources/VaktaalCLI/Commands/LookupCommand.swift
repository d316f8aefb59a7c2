import ArgumentParser
import Foundation
import VaktaalFormats
import VaktaalModel

/// `vaktaal lookup`: find concepts by any of their labels, tolerating typos.
struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Find concepts by label or notation: case, diacritics, word order and typos tolerated.",
        discussion: "Ranked: exact preferred label, exact alternative label, same words in another order, prefix, fuzzy."
    )

    @Argument(help: "What to look for.")
    var query: String

    @OptionGroup var vocabularies: VocabularyOptions

    @Option(help: "Only concepts of this scheme (IRI or its last part, e.g. metaal).")
    var scheme: String?

    @Option(help: "Only labels in this language (e.g. nl).")
    var lang: String?

    @Option(help: "The most results.")
    var limit: Int = 10

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    /// Longer queries are refused: no label is this long, and matching one costs time.
    static let maximumQueryLength = 1000

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1 (got \(limit))") }
    }

    func run() throws {
        guard query.count <= Self.maximumQueryLength else {
            throw CommandFailure.trouble("error: the query is \(query.count) characters long; at most \(Self.maximumQueryLength) are looked up ('\(Terminal.echo(query, limit: 40))')")
        }
        // The lookup index and the matched concepts come straight from a snapshot: no full model.
        let snapshot = try vocabularies.loadSnapshot()
        let schemes = try scheme.map { Set([try SchemeResolver.resolve($0, in: try snapshot.naming { try $0.schemes() })]) }
        let index = try snapshot.naming { try $0.lookupIndex() }
        let results = index.lookup(query, schemes: schemes, language: lang, limit: limit)
        guard !results.isEmpty else {
            let suggestions = index.suggestions(query, schemes: schemes, language: lang)
            var message = "no concept matches '\(Terminal.echo(query))'"
            if !suggestions.isEmpty {
                message += "; nearest: " + suggestions.map { "\($0.label) <\($0.concept)>" }.joined(separator: ", ")
            }
            throw CommandFailure.negative(message)
        }
        let reports = try snapshot.naming { snapshot in try results.map { match in try LookupReport(match, in: snapshot) } }
        switch format {
        case .json: Terminal.print(try JSONOutput.string(reports))
        case .text: Terminal.print(reports.map(\.text).joined(separator: "\n"))
        }
    }
}

extension LookupReport {
    /// One aligned line of `vaktaal lookup`.
    var text: String {
        let schemeName = scheme.map { $0.split(separator: "/").last.map(String.init) ?? $0 } ?? "-"
        var line = String(format: "%.3f", score).padding(7) + match.padding(18) + schemeName.padding(20)
            + (notation ?? "").padding(14) + (prefLabel ?? concept)
        if matchedLabel != prefLabel { line += "  (\(matchedLabelKind): \(matchedLabel)\(matchedLanguage.map { "@" + $0 } ?? ""))" }
        return line
    }
}
