#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VaktaalFormats

/// Standard output and standard error. Whatever is written here is for people (or is JSON, which
/// has no raw control characters): control characters from input are shown escaped, never sent
/// to the terminal, so that a label or a file cannot retitle, clear or recolour it.
enum Terminal {
    /// Writes a line to standard error, control characters escaped.
    static func error(_ message: String) {
        TerminalProgress.shared.finish()
        let text = escapedKeepingLines(message)
        write(text.hasSuffix("\n") ? text : text + "\n", to: STDERR_FILENO)
    }

    /// Writes text to standard output, control characters escaped.
    static func print(_ text: String) {
        TerminalProgress.shared.finish()
        let text = escapedKeepingLines(text)
        write(text.hasSuffix("\n") ? text : text + "\n", to: STDOUT_FILENO)
    }

    /// Writes text with the colours of ``DiffTextStyle`` to standard output: every other control
    /// character is escaped as by ``print(_:)``.
    static func printStyled(_ text: String) {
        TerminalProgress.shared.finish()
        var text = escapedKeepingLines(text)
        for code in colourCodes { text = text.replacing("\\u{1B}[" + code + "m", with: "\u{1B}[" + code + "m") }
        write(text.hasSuffix("\n") ? text : text + "\n", to: STDOUT_FILENO)
    }

    /// The SGR codes ``DiffTextStyle`` uses: reset, bold, red, green, yellow.
    static let colourCodes = ["0", "1", "31", "32", "33"]

    private static func write(_ text: String, to descriptor: Int32) {
        SystemIO.write(text, to: descriptor)
    }

    /// Text with control characters (escape sequences, bells, carriage returns …) shown as
    /// `\u{1B}`, so that what a file or a user typed cannot retitle or clear the terminal.
    static func escaped(_ text: String) -> String {
        escaped(text, keeping: [])
    }

    /// Like ``escaped(_:)``, keeping line feeds and tabs (for text of several lines).
    static func escapedKeepingLines(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        return escaped(text, keeping: ["\n", "\t"])
    }

    /// A query or name from input, cut to `limit` characters (with `…`) and escaped, for a message.
    static func echo(_ text: String, limit: Int = 200) -> String {
        escaped(text.count > limit ? String(text.prefix(limit)) + "…" : text)
    }

    private static func escaped(_ text: String, keeping kept: Set<Unicode.Scalar>) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)) && !kept.contains(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether standard error is a terminal (for progress and colour).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Whether standard output is a terminal.
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
