import ArgumentParser
import VaktaalFormats
import VaktaalModel

/// `vaktaal evaluate`: how well `translate` answers an evaluation set of advisor needs.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score translate on an evaluation set of advisor needs (hit@1, hit@3, MRR per direction).",
        discussion: """
        The set is a tab-separated file with the columns id, split, from, to, kind, query and \
        accepted (target IRIs separated by spaces, or 'none' when the honest answer is that the \
        target has no counterpart); see Tests/Evaluation/README.md. A 'none' case is answered \
        honestly when the first answer is offered as a nearest concept, not as a counterpart.
        """
    )

    @Argument(help: "The evaluation set (default: Tests/Evaluation/advisor-needs.tsv).")
    var file: String = "Tests/Evaluation/advisor-needs.tsv"

    @OptionGroup var vocabularies: VocabularyOptions

    @Option(help: "Only cases of this split (dev or test).")
    var split: String?

    @Flag(help: "List every case that missed.")
    var details = false

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    struct Row: Encodable {
        let group: String
        let cases: Int
        let answerable: Int
        let hitAt1: Double
        let hitAt3: Double
        let meanReciprocalRank: Double
        let noCounterpartCases: Int
        let noCounterpartHonest: Int
        let wrongExactAt1: Int

        init(_ group: String, _ figures: AdvisorEvaluation.Figures) {
            self.group = group
            cases = figures.cases
            answerable = figures.answerable
            hitAt1 = Translator.rounded(figures.hitAt1Share)
            hitAt3 = Translator.rounded(figures.hitAt3Share)
            meanReciprocalRank = Translator.rounded(figures.meanReciprocalRank)
            noCounterpartCases = figures.noCounterpartCases
            noCounterpartHonest = figures.noCounterpartHonest
            wrongExactAt1 = figures.wrongExactAt1
        }
    }

    func run() throws {
        let bytes = try InputFile.read(file)
        var cases: [AdvisorCase]
        do {
            cases = try AdvisorCase.parse(String(decoding: bytes, as: UTF8.self))
        } catch {
            throw CommandFailure.trouble("\(file):\(error.line): error: \(error.message)")
        }
        if let split { cases = cases.filter { $0.split == split } }
        guard !cases.isEmpty else { throw CommandFailure.trouble("error: no cases in \(file)\(split.map { " for split \($0)" } ?? "")") }
        let vocabulary = try vocabularies.load()
        let translator = Translator(vocabulary: vocabulary)
        let evaluation = AdvisorEvaluation(cases: cases, translator: translator)
        let rows = evaluation.figures { "\($0.from)→\($0.to)" }.map { Row($0, $1) }
            + evaluation.figures { $0.kind }.map { Row($0, $1) }
            + [Row("all", evaluation.total)]
        switch format {
        case .json: Terminal.print(try JSONOutput.string(rows))
        case .text:
            var lines = [Self.pad(["direction", "cases", "hit@1", "hit@3", "MRR", "none honest", "wrong exact@1"])]
            for row in rows {
                lines.append(Self.pad([row.group, "\(row.cases)", "\(row.hitAt1)", "\(row.hitAt3)", "\(row.meanReciprocalRank)",
                                       "\(row.noCounterpartHonest)/\(row.noCounterpartCases)", "\(row.wrongExactAt1)"]))
            }
            if details {
                lines.append("")
                for outcome in evaluation.outcomes where outcome.case.expectsNoCounterpart ? !outcome.honest : outcome.rank != 1 {
                    let offered = outcome.offered.prefix(3).map(SchemeName.shortName(of:)).joined(separator: " ")
                    let expected = outcome.case.expectsNoCounterpart ? "none" : outcome.case.accepted.map(SchemeName.shortName(of:)).sorted().joined(separator: " ")
                    lines.append("\(outcome.case.id)  rank \(outcome.rank.map(String.init) ?? "-")  \"\(outcome.case.query)\"  expected \(expected)  offered \(offered)")
                }
            }
            Terminal.print(lines.joined(separator: "\n"))
        }
    }

    private static func pad(_ cells: [String]) -> String {
        let widths = [34, 6, 6, 6, 6, 12]
        return zip(cells, widths).map { $0.padding($1) }.joined() + (cells.last ?? "")
    }
}
