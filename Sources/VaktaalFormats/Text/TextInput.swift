/// The checks the RDF text formats share before parsing: the input is UTF-8 (a byte order mark
/// at the start is allowed and skipped) and has no line longer than
/// ``ReaderLimits/maximumLineBytes``. (A NUL byte may stand in a literal; anywhere else the
/// grammar refuses it.)
package enum TextInput {
    /// The length of a UTF-8 byte order mark at the start: 3 or 0.
    package static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// Checks the whole input.
    /// - Returns: Where the text starts (after a byte order mark).
    /// - Throws: ``ParseError`` in `format` at the first offending byte.
    @discardableResult
    package static func check(_ bytes: UnsafeBufferPointer<UInt8>, file: String, format: String, limits: ReaderLimits = .default) throws -> Int {
        let start = byteOrderMarkLength(bytes)
        guard let base = bytes.baseAddress else { return start }
        var index = start
        var lineStart = start
        let count = bytes.count
        while index < count {
            // Eight ASCII bytes without a line feed at a time.
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0, !hasZeroByte(word ^ 0x0A0A_0A0A_0A0A_0A0A) {
                    index += 8
                    if index - lineStart > limits.maximumLineBytes { throw lineTooLong(bytes, lineStart, file, format, limits) }
                    continue
                }
            }
            let byte = base[index]
            switch byte {
            case 0x0A:
                index += 1
                lineStart = index
            case 0..<0x80:
                index += 1
            default:
                let length = validSequenceLength(base, index, count)
                guard length > 0 else {
                    throw error("the text is not valid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true))); save the file as UTF-8", at: index, in: bytes, file: file, format: format)
                }
                index += length
            }
            if index - lineStart > limits.maximumLineBytes { throw lineTooLong(bytes, lineStart, file, format, limits) }
        }
        return start
    }

    @inline(__always)
    private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// The length of the well-formed UTF-8 sequence at `index` (RFC 3629: no overlong forms, no
    /// surrogates, nothing above U+10FFFF), or 0.
    private static func validSequenceLength(_ base: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> Int {
        let lead = base[index]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard index + length <= count, (low...high).contains(base[index + 1]) else { return 0 }
        for offset in 2..<max(length, 2) where !(0x80...0xBF).contains(base[index + offset]) { return 0 }
        return length
    }

    private static func lineTooLong(_ bytes: UnsafeBufferPointer<UInt8>, _ lineStart: Int, _ file: String, _ format: String, _ limits: ReaderLimits) -> ParseError {
        error("line longer than \(limits.maximumLineBytes) bytes; expected \(format) text with lines of reasonable length", at: lineStart, in: bytes, file: file, format: format)
    }

    /// A parse error at a byte offset, its line and column counted from the start.
    package static func error(_ message: String, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, file: String, format: String) -> ParseError {
        ParseError(format: format, location: location(of: offset, in: bytes, file: file), message: message)
    }

    /// The line and column (in Unicode scalars, as the readers count) of a byte offset.
    package static func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>, file: String) -> SourceLocation {
        var line = 1
        var lineStart = byteOrderMarkLength(bytes)
        for index in lineStart..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = UnsafeBufferPointer(rebasing: bytes[lineStart..<min(offset, bytes.count)]).count { $0 & 0xC0 != 0x80 } + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}
