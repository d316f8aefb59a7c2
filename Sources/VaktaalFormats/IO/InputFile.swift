#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole input files into memory.
package enum InputFile {
    /// The bytes of a file, or of standard input for `-`.
    /// - Parameters:
    ///   - path: The file, or `-`.
    ///   - text: The text format expected, when the file must be text: then reading stops at a
    ///     NUL byte among the first 16 (a binary or UTF-16 file: no text format starts so) and at a
    ///     line longer than the limit, so that `/dev/zero` or a binary file fails at once instead
    ///     of filling memory.
    ///   - limits: The longest line, when `text` is given.
    /// - Throws: ``FileError/unreadable(path:reason:)``; ``ParseError`` in format `text`.
    package static func read(_ path: String, text format: String? = nil, limits: ReaderLimits = .default) throws -> [UInt8] {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw FileError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw FileError.unreadable(path: path, reason: "is a directory")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(Int(status.st_size), 1 << 16) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var lineStart = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { SystemIO.read(descriptor, into: $0) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            let start = bytes.count
            bytes.append(contentsOf: chunk[0..<count])
            if let format { try checkText(bytes, from: start, lineStart: &lineStart, path: path, format: format, limits: limits) }
        }
        return bytes
    }

    /// How many leading bytes are probed for NUL.
    private static let binaryProbe = 16

    /// Refuses a NUL byte at the start or an over-long line in the bytes just read.
    private static func checkText(_ bytes: [UInt8], from start: Int, lineStart: inout Int, path: String, format: String, limits: ReaderLimits) throws {
        try bytes.withUnsafeBufferPointer { buffer in
            if start < binaryProbe, let offset = buffer.prefix(binaryProbe).firstIndex(of: 0) {
                throw TextInput.error("NUL byte: this is a binary file (or UTF-16), not \(format) text in UTF-8", at: offset, in: buffer, file: path, format: format)
            }
            if let newline = buffer[start...].lastIndex(of: 0x0A) { lineStart = newline + 1 }
            guard buffer.count - lineStart > limits.maximumLineBytes else { return }
            throw TextInput.error("line longer than \(limits.maximumLineBytes) bytes; expected \(format) text with lines of reasonable length", at: lineStart, in: buffer, file: path, format: format)
        }
    }
}
