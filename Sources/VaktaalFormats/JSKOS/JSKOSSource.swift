/// The bytes of one JSON input with its name, turning byte offsets into line and column for errors.
struct JSKOSSource: Sendable {
    let bytes: [UInt8]
    let file: String

    /// The line (from 1) and column (in Unicode scalars, from 1) of a byte offset.
    func location(of offset: Int) -> SourceLocation {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<end where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(file: file, line: line, column: column)
    }

    /// A parse error at a byte offset, with the offending line filled in.
    /// - Parameters:
    ///   - message: What is wrong and what was expected.
    ///   - offset: Where, as a byte offset into ``bytes``.
    ///   - format: `JSON` for syntax errors, `JSKOS` for values of the wrong shape.
    func error(_ message: String, at offset: Int, format: String = "JSKOS") -> ParseError {
        ParseError(format: format, location: location(of: offset), message: message).withSourceLine(from: bytes)
    }
}
