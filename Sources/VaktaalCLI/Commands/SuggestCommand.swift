import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VaktaalFormats
import VaktaalModel

/// `vaktaal suggest`: mapping candidates for a terminologist to review, and merging the reviewed
/// file back into the mapping sets.
struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Suggest mapping candidates from one scheme to another, or merge a reviewed suggestions file (--accept).",
        discussion: """
        For every concept of --from without a mapping to --to (every concept with --all), up to \
        --limit candidates in --to, best first, each with a proposed SKOS relation, a confidence, \
        a mapping_justification (semapv:LexicalMatching or semapv:CompositeMatching) and the \
        evidence (in the comment column). Default output is SSSOM/TSV on stdout.

        Review: keep a row as it is, or change its predicate_id, object_id, confidence or comment, \
        and put your IRI in author_id (or give --author). Reject a row by deleting it, by setting \
        predicate_id to noMatch (or emptying it), or with predicate_modifier Not. Then \
        'vaktaal suggest --accept FILE' merges the kept rows into the mapping set file of their \
        pair of schemes under the vocabularies' mappings/ folder (--mappings), with \
        semapv:ManualMappingCuration, the author and today's date, replacing the file atomically. \
        Rows already merged are not added twice.

        Exit status: 0 candidates found (or rows merged), 1 none, 2 bad input or usage.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case sssom, json, text
    }

    @Option(help: "The scheme mapped from (IRI or short name, e.g. metaal).")
    var from: String?

    @Option(help: "The scheme mapped to (IRI, short name, or esco with the ESCO download in --vocab).")
    var to: String?

    @OptionGroup var vocabularies: VocabularyOptions

    @Option(help: "The most candidates per concept.")
    var limit = 5

    @Flag(help: "Suggest for every concept of --from, also those already mapped to --to.")
    var all = false

    @Option(name: .customLong("min-confidence"), help: "Leave out candidates with a lower confidence (0…1).")
    var minConfidence = 0.0

    @Option(help: "Output format: sssom, json or text.")
    var format: Format = .sssom

    @Option(help: "A reviewed suggestions file (SSSOM/TSV) to merge into the mapping sets.")
    var accept: String?

    @Option(help: "With --accept: the author (IRI or CURIE-free IRI) of rows whose author_id is empty.")
    var author: String?

    @Option(help: "With --accept: the folder of mapping set files (default: mappings/ of the vocabularies).")
    var mappings: String?

    @Option(help: "With --accept: the mapping date, YYYY-MM-DD (default: today).")
    var date: String?

    func validate() throws {
        if accept == nil, from == nil || to == nil { throw ValidationError("give --from and --to, or --accept FILE") }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
    }

    func run() throws {
        if let accept { return try merge(accept) }
        let vocabulary = try vocabularies.load()
        let source = try SchemeResolver.resolve(from!, in: vocabulary)
        let target = try SchemeResolver.resolve(to!, in: vocabulary)
        guard source != target else { throw CommandFailure.trouble("error: --from and --to name the same scheme (\(source))") }
        let suggester = MappingSuggester(vocabulary: vocabulary)
        if !vocabulary.concepts.contains(where: { suggester.isInTarget($0.iri, target) }) {
            throw CommandFailure.trouble("error: no concept of \(to!) is loaded; add it with --vocab (for ESCO: --vocab Vocabularies ../shared/data/esco/v1.1.1)")
        }
        let options = MappingSuggester.Options(limit: limit, includeMapped: all, minimumConfidence: minConfidence)
        let suggestions = suggester.suggestions(from: source, to: target, options: options)
        switch format {
        case .sssom:
            let bytes = try SSSOMSuggestions.write(suggestions, vocabulary: vocabulary, from: source, to: target)
            Terminal.print(String(decoding: bytes, as: UTF8.self))
        case .json:
            let labels = vocabulary.objectLabels()
            Terminal.print(try JSONOutput.string(suggestions.map { Row($0, vocabulary, labels) }))
        case .text:
            Terminal.print(text(suggestions, vocabulary))
        }
        if suggestions.isEmpty { throw ExitCode(1) }
    }

    /// One candidate in JSON.
    struct Row: Encodable {
        let subject: TranslationReport.Concept
        let predicate: String
        let object: TranslationReport.Concept
        let rank: Int
        let confidence: Double
        let justification: String
        let evidence: [String]
        let signals: [String: Double]

        init(_ suggestion: MappingSuggestion, _ vocabulary: Vocabulary, _ labels: [String: String]) {
            subject = TranslationReport.Concept(suggestion.subject, in: vocabulary)
            predicate = suggestion.type.rawValue
            object = TranslationReport.Concept(suggestion.object, in: vocabulary, objectLabels: labels)
            rank = suggestion.rank
            confidence = suggestion.confidence
            justification = suggestion.justification
            evidence = suggestion.evidence
            signals = suggestion.signals
        }
    }

    private func text(_ suggestions: [MappingSuggestion], _ vocabulary: Vocabulary) -> String {
        let labels = vocabulary.objectLabels()
        func name(_ iri: String) -> String {
            let concept = TranslationReport.Concept(iri, in: vocabulary, objectLabels: labels)
            return "\(concept.notation ?? SchemeName.shortName(of: iri)) '\(concept.prefLabel ?? iri)'"
        }
        var lines: [String] = []
        for suggestion in suggestions {
            if suggestion.rank == 1 {
                if !lines.isEmpty { lines.append("") }
                lines.append(name(suggestion.subject))
            }
            lines.append("  \(suggestion.rank). \(suggestion.type.rawValue)  \(name(suggestion.object))  \(suggestion.confidence)  "
                         + SchemeName.shortName(of: suggestion.justification))
            lines.append("     " + suggestion.evidence.joined(separator: "; "))
        }
        return lines.map(Terminal.escaped).joined(separator: "\n")
    }

    private func merge(_ file: String) throws {
        let review = try SSSOMReview.read(try InputFile.read(file), file: file)
        let vocabulary = try vocabularies.load()
        guard let folder = mappings ?? defaultMappingsFolder() else {
            throw CommandFailure.trouble("error: no mappings/ folder found; give --mappings DIR")
        }
        let day = date ?? MappingSetMerger.today()
        guard day.count == 10, day.split(separator: "-").count == 3 else { throw CommandFailure.trouble("error: --date takes YYYY-MM-DD, not '\(day)'") }
        let changes: [MappingSetMerger.Change]
        do {
            changes = try MappingSetMerger.merge(review.accepted, into: folder, vocabulary: vocabulary, objectLabels: review.objectLabels,
                                                 provenance: .init(author: author, date: day))
        } catch let error as MappingSetMerger.MissingAuthor {
            throw CommandFailure.trouble("error: \(error)")
        }
        var lines = changes.map { "\($0.path): \($0.added) added\($0.created ? " (new file)" : ""), \($0.present) already present" }
        lines.append("\(review.accepted.count) rows kept, \(review.rejected) rejected\(review.skipped > 0 ? ", \(review.skipped) skipped (no SKOS relation)" : "")")
        Terminal.print(lines.joined(separator: "\n"))
        if review.accepted.isEmpty { throw ExitCode(1) }
    }

    /// `mappings/` in the first --vocab folder that has one, else beside the shipped vocabularies.
    private func defaultMappingsFolder() -> String? {
        let folders = vocabularies.vocab.isEmpty ? [ShippedVocabularies.directory()].compactMap { $0 } : vocabularies.vocab
        for folder in folders {
            let path = (folder.hasSuffix("/") ? folder : folder + "/") + "mappings"
            var status = stat()
            if stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR { return path }
        }
        return nil
    }
}
