#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and standard error.
enum Terminal {
    /// Writes a line to standard error.
    static func error(_ message: String) {
        TerminalProgress.shared.finish()
        write(message.hasSuffix("\n") ? message : message + "\n", to: STDERR_FILENO)
    }

    /// Writes text to standard output.
    static func print(_ text: String) {
        TerminalProgress.shared.finish()
        write(text.hasSuffix("\n") ? text : text + "\n", to: STDOUT_FILENO)
    }

    private static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    /// Text with control characters (escape sequences, bells, carriage returns …) shown as
    /// `\u{1B}`, so that what a file or a user typed cannot retitle or clear the terminal.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
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
