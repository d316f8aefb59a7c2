#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization
import VaktaalFormats

/// A one-line progress display on standard error, shown only when standard error is a terminal,
/// so that redirected output and logs stay clean.
final class TerminalProgress: Sendable {
    /// The display of this process: loading reports to it, and the line is cleared when the next
    /// output is printed or the process ends.
    static let shared = TerminalProgress()

    private let enabled: Bool
    /// Whether a line is shown; loads may report from several threads.
    private let shown = Mutex(false)

    /// Creates a display; `enabled` defaults to whether standard error is a terminal.
    init(enabled: Bool? = nil) {
        self.enabled = enabled ?? (isatty(STDERR_FILENO) == 1)
    }

    /// Replaces the line with `text`.
    func update(_ text: String) {
        guard enabled else { return }
        shown.withLock { shown in
            write("\r\u{1B}[K" + text)
            shown = true
        }
    }

    /// Shows the file an ESCO download is being read from (the other formats load too fast to
    /// need it). A warning (a file of the download skipped, columns not imported) is written to
    /// standard error as a line of its own, terminal or not.
    func report(_ progress: LoadProgress) {
        if let warning = progress.warning {
            Terminal.error(warning.description)
            return
        }
        guard progress.format == .esco else { return }
        let name = progress.file.split(separator: "/").last.map(String.init) ?? progress.file
        update("ESCO: reading \(name) (\(progress.index + 1)/\(progress.count))…")
    }

    /// Clears the line.
    func finish() {
        guard enabled else { return }
        shown.withLock { shown in
            guard shown else { return }
            write("\r\u{1B}[K")
            shown = false
        }
    }

    deinit { finish() }

    private func write(_ text: String) {
        // Terminal escapes the text it prints; this writes only its own line.
        SystemIO.write(text, to: STDERR_FILENO)
    }
}
