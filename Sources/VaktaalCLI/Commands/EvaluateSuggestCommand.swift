import ArgumentParser
import VaktaalFormats
import VaktaalModel

/// `vaktaal evaluate-suggest`: leave one mapping set out, suggest, and score the curated targets.
struct EvaluateSuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate-suggest",
        abstract: "Score suggest by leaving each curated mapping set out (recall@1, recall@5, match-type precision).",
        discussion: """
        For each pair FROM:TO, every mapping between the two schemes is removed, candidates are \
        suggested for every FROM concept, and the curated targets are looked for: recall@1 and \
        recall@5 per concept (a concept counts when a curated target is first, or among the first \
        five), the share of curated pairs found in the first five, and how often the proposed \
        relation is the curated one. Default pairs: the three sectors to the hub, and hub to ESCO \
        when --esco names the ESCO download.
        """,
        shouldDisplay: false
    )

    @OptionGroup var vocabularies: VocabularyOptions

    @Option(help: "The ESCO CSV download (folder), loaded for the hub:esco pair.")
    var esco: String?

    @Option(name: .customLong("pair"), parsing: .upToNextOption, help: "FROM:TO scheme pairs (default: each sector:hub, hub:esco with --esco).")
    var pairs: [String] = []

    @Option(parsing: .upToNextOption, help: "Signals switched off: \(SuggestionSignals.named.map(\.name).joined(separator: ", ")).")
    var without: [String] = []

    @Option(name: .customLong("weight"), parsing: .upToNextOption, help: "Signal weights, as NAME=VALUE.")
    var weights: [String] = []

    @Flag(help: "Also score with each signal switched off, and with each alone.")
    var ablation = false

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(help: "List every concept whose curated targets are not among the first five (text only).")
    var details = false

    struct Row: Encodable {
        let pair: String
        let signals: String
        let concepts: Int
        let recallAt1: Double
        let recallAt5: Double
        let pairRecallAt5: Double
        let typePrecisionAt1: Double
        let typePrecision: Double
        let seconds: Double
        let confusionAt1: [String: Int]
    }

    func run() throws {
        var base = MappingSuggester.Options(limit: 5, includeMapped: true)
        for name in without {
            guard let signal = SuggestionSignals(name: name) else { throw CommandFailure.trouble("error: no signal '\(name)'") }
            base.signals.remove(signal)
        }
        for entry in weights {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Double(parts[1]), base.weights.set(parts[0], value) else {
                throw CommandFailure.trouble("error: --weight takes NAME=VALUE with a signal name, not '\(entry)'")
            }
        }
        let shipped = try vocabularies.paths()
        let vocabulary = try VocabularyLoader.loadVocabulary(paths: shipped, progress: TerminalProgress.shared.report)
        var requested = pairs.isEmpty ? ["metaal:hub", "metalektro:hub", "installatietechniek:hub"] + (esco == nil ? [] : ["hub:esco"]) : pairs
        requested = requested.filter { !$0.isEmpty }
        var withESCO: Vocabulary?
        var rows: [Row] = []
        for pair in requested {
            let names = pair.split(separator: ":").map(String.init)
            guard names.count == 2 else { throw CommandFailure.trouble("error: --pair takes FROM:TO, not '\(pair)'") }
            var loaded = vocabulary
            if names[1].lowercased() == "esco", let esco {
                if withESCO == nil { withESCO = try VocabularyLoader.loadVocabulary(paths: shipped + [esco], progress: TerminalProgress.shared.report) }
                loaded = withESCO!
            }
            let from = try SchemeResolver.resolve(names[0], in: loaded), to = try SchemeResolver.resolve(names[1], in: loaded)
            let curated = SuggestionEvaluation.curated(in: loaded, from: from, to: to)
            let clock = ContinuousClock()
            let start = clock.now
            let suggester = MappingSuggester(vocabulary: SuggestionEvaluation.leavingOut(loaded, from: from, to: to))
            var variants: [(String, MappingSuggester.Options)] = [("all" + (without.isEmpty ? "" : " − " + without.joined(separator: ", ")), base)]
            if ablation {
                for (name, signal) in SuggestionSignals.named where base.signals.contains(signal) {
                    var options = base
                    options.signals.remove(signal)
                    variants.append(("− " + name, options))
                }
                for (name, signal) in SuggestionSignals.named {
                    var options = base
                    options.signals = signal
                    variants.append(("only " + name, options))
                }
            }
            for (index, (label, options)) in variants.enumerated() {
                let variantStart = index == 0 ? start : clock.now
                let suggestions = suggester.suggestions(from: from, to: to, options: options)
                let seconds = Double((clock.now - variantStart).components.attoseconds) / 1e18 + Double((clock.now - variantStart).components.seconds)
                let score = SuggestionEvaluation(source: from, target: to, curated: curated, suggestions: suggestions)
                if details, index == 0 { misses(curated, suggestions, in: loaded) }
                rows.append(Row(pair: "\(names[0])→\(names[1])", signals: label, concepts: score.concepts,
                                recallAt1: Translator.rounded(score.recallAt1), recallAt5: Translator.rounded(score.recallAt5),
                                pairRecallAt5: Translator.rounded(score.pairRecallAt5),
                                typePrecisionAt1: Translator.rounded(score.typePrecisionAt1),
                                typePrecision: Translator.rounded(score.typePrecision), seconds: Translator.rounded(seconds),
                                confusionAt1: score.confusionAt1))
            }
        }
        switch format {
        case .json: Terminal.print(try JSONOutput.string(rows))
        case .text:
            var lines = [pad(["pair", "signals", "concepts", "recall@1", "recall@5", "pairs@5", "type@1", "type@5", "seconds"])]
            for row in rows {
                lines.append(pad([row.pair, row.signals, "\(row.concepts)", "\(row.recallAt1)", "\(row.recallAt5)", "\(row.pairRecallAt5)",
                                  "\(row.typePrecisionAt1)", "\(row.typePrecision)", "\(row.seconds)"]))
            }
            Terminal.print(lines.joined(separator: "\n"))
        }
    }

    /// Writes the concepts whose first candidate is not curated to standard error.
    private func misses(_ curated: [String: [String: MatchType]], _ suggestions: [MappingSuggestion], in vocabulary: Vocabulary) {
        let bySubject = Dictionary(grouping: suggestions, by: \.subject)
        func name(_ iri: String) -> String {
            let concept = vocabulary.concept(iri)
            return (concept?.notations.first?.lexicalForm ?? SchemeName.shortName(of: iri)) + " '" + (concept?.prefLabel("nl") ?? "") + "'"
        }
        for subject in curated.keys.sorted() {
            let ranked = (bySubject[subject] ?? []).sorted { $0.rank < $1.rank }
            let targets = curated[subject]!
            guard let first = ranked.first, targets[first.object] != nil else {
                var lines = ["\(ranked.prefix(5).contains { targets[$0.object] != nil } ? "MISS@1" : "MISS@5") \(name(subject))"]
                lines += targets.sorted { $0.key < $1.key }.map { "    curated \($0.value.rawValue) \(name($0.key))" }
                lines += ranked.prefix(5).map { "    \($0.rank). \($0.type.rawValue) \(name($0.object)) \($0.confidence)  \($0.evidence.joined(separator: "; "))" }
                Terminal.error(lines.joined(separator: "\n"))
                continue
            }
        }
    }

    private func pad(_ cells: [String]) -> String {
        let widths = [26, 22, 9, 9, 9, 8, 7, 7, 8]
        return zip(cells, widths).map { cell, width in cell.count >= width ? cell + " " : cell + String(repeating: " ", count: width - cell.count) }
            .joined().trimmingSuffixSpaces()
    }
}

private extension String {
    func trimmingSuffixSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
