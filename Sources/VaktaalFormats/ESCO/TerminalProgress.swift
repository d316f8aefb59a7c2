#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress display on standard error, shown only when standard error is a terminal,
/// so that redirected output and logs stay clean.
final class TerminalProgress {
    private let enabled: Bool
    private var shown = false

    /// Creates a display; `enabled` defaults to whether standard error is a terminal.
    init(enabled: Bool? = nil) {
        self.enabled = enabled ?? (isatty(STDERR_FILENO) == 1)
    }

    /// Replaces the line with `text`.
    func update(_ text: String) {
        guard enabled else { return }
        write("\r\u{1B}[K" + text)
        shown = true
    }

    /// Clears the line.
    func finish() {
        guard enabled, shown else { return }
        write("\r\u{1B}[K")
        shown = false
    }

    deinit { finish() }

    private func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
