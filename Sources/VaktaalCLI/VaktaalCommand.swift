import ArgumentParser
import VaktaalFormats
import VaktaalModel

/// The `vaktaal` command: the shared skills vocabulary of the Dutch technical branches.
@main
struct VaktaalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vaktaal",
        abstract: "Work with the gezamenlijke taal: cross-sector SKOS skills vocabularies.",
        discussion: """
        Exit status: 0 success, 1 a negative answer (nothing found, differences, findings), \
        2 bad input or usage.
        """,
        version: Vaktaal.version,
        subcommands: [LookupCommand.self, TranslateCommand.self, EvaluateCommand.self, SuggestCommand.self, EvaluateSuggestCommand.self, GapsCommand.self, ShowCommand.self, ConvertCommand.self, StatsCommand.self, ExportCommand.self, DiffCommand.self, ValidateCommand.self, ServeCommand.self, SnapshotCommand.self]
    )

    /// Runs the command line: results on stdout, errors on stderr, exit 2 for bad input or usage.
    static func main() async {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            if exitCode(for: error) == .success { exit(withError: error) }
            Terminal.error(fullMessage(for: error))
            exit(withError: ExitCode(2))
        }
        do {
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Self.exit(withError: exit)
        } catch let failure as CommandFailure {
            Terminal.error(failure.message)
            exit(withError: ExitCode(failure.status))
        } catch FileError.unknownFormat(let path, let known) {
            // The library names no option; the command line has one.
            Terminal.error("\(path): error: cannot tell the format from the file name; use --from with one of \(known.joined(separator: ", "))")
            exit(withError: ExitCode(2))
        } catch let error as any VaktaalError {
            Terminal.error(String(describing: error))
            exit(withError: ExitCode(2))
        } catch let error as TranslationError {
            Terminal.error("error: \(error)")
            exit(withError: ExitCode(2))
        } catch {
            if exitCode(for: error) == .success { exit(withError: error) }
            Terminal.error(fullMessage(for: error))
            exit(withError: ExitCode(2))
        }
    }
}
