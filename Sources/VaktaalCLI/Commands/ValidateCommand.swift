import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VaktaalFormats
import VaktaalModel

/// `vaktaal validate`: SKOS integrity conditions, qSKOS quality checks and Vaktaal's
/// cross-vocabulary checks, in one pass.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check vocabularies: SKOS integrity, qSKOS quality issues, mappings across vocabularies.",
        discussion: """
        Prints a summary by check, then the findings. Codes for --only and --skip: \
        \(CheckCode.allCases.map(\.rawValue).joined(separator: ", ")) (S13, S14, S27 and S46 name \
        dlv, ipl, rc and mc). Exit status: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage.
        """
    )

    /// The severity at which the command fails.
    enum FailLevel: String, ExpressibleByArgument, CaseIterable {
        case error
        case warning

        var severity: Severity { self == .error ? .error : .warning }
    }

    @Argument(help: "Files or folders to validate (default: the shipped Vocabularies/).")
    var files: [String] = []

    @Option(name: .long, parsing: .upToNextOption,
            help: "Files or folders loaded as context only: mapping targets, labels and schemes they define count, but they are not reported on.")
    var vocab: [String] = []

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Exit with 1 when there are findings of this severity or worse: error or warning.")
    var failOn: FailLevel = .error

    @Option(parsing: .upToNextOption, help: "Run only these checks (codes as in the summary).")
    var only: [String] = []

    @Option(parsing: .upToNextOption, help: "Leave out these checks.")
    var skip: [String] = []

    @Option(help: "The hub scheme sector concepts should map to.")
    var hub: String = ValidationOptions.defaultHub

    @Option(help: "The language of the labels shown with findings.")
    var lang: String = "nl"

    func run() throws {
        let options = ValidationOptions(checks: try selectedChecks(), hub: hub, language: lang)
        let validated = try expand(files.isEmpty ? [try shipped()] : files)
        guard !validated.isEmpty else {
            throw CommandFailure.trouble("error: no vocabulary files found in \(files.joined(separator: ", ")) (formats: \(RDFFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let context = try expand(vocab).filter { !validated.contains($0) }
        let loader = ValidationInputLoader(progress: TerminalProgress.shared.report)
        for (file, isContext) in validated.map({ ($0, false) }) + context.map({ ($0, true) }) {
            try loader.load(file, isContext: isContext)
        }
        let input = loader.finish()
        var report = Validator(options: options).validate(input)
        SourceLineLocator.addLines(to: &report)
        switch format {
        case .text: Terminal.print(ValidationText(report, failOn: failOn.severity).render())
        case .json: Terminal.print(try JSONOutput.string(ValidationJSON(report, failOn: failOn.severity)))
        }
        // Exit here rather than return: freeing the index of a large vocabulary would take longer
        // than writing the report did.
        Self.exit(withError: report.hasFindings(atLeast: failOn.severity) ? ExitCode(1) : nil)
    }

    /// The shipped vocabularies, validated when no file is given.
    private func shipped() throws -> String {
        guard let directory = ShippedVocabularies.directory() else {
            throw CommandFailure.trouble("error: no files given and no Vocabularies/ folder found (set VAKTAAL_VOCABULARIES)")
        }
        return directory
    }

    /// The checks to run, from --only and --skip.
    private func selectedChecks() throws -> Set<CheckCode> {
        func parse(_ codes: [String]) throws -> Set<CheckCode> {
            Set(try codes.flatMap { $0.split(separator: ",").map(String.init) }.map { code in
                guard let check = CheckCode(code: code) else {
                    throw CommandFailure.trouble("error: unknown check '\(code)'; known: \(CheckCode.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return check
            })
        }
        let base = only.isEmpty ? Set(CheckCode.allCases) : try parse(only)
        return base.subtracting(try parse(skip))
    }

    /// The files each path stands for, once each, in order.
    private func expand(_ paths: [String]) throws -> [String] {
        var seen: Set<String> = []
        return try paths.flatMap { try VocabularyLoader.expand($0) }.filter { seen.insert($0).inserted }
    }
}
