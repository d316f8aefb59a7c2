/// The token level of the Turtle grammar: white space and comments, IRIs, strings, keywords.
/// Names and numbers are in `TurtleLexer+Names.swift` and `TurtleLexer+Numbers.swift`.
///
/// It wraps the N-Triples scanner, whose line counting, escapes, strings and language tags Turtle
/// shares, and reports every error as a Turtle ``ParseError``.
struct TurtleLexer {
    var scanner: NTriplesScanner

    init(_ bytes: UnsafeBufferPointer<UInt8>, file: String) {
        scanner = NTriplesScanner(bytes, file: file)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            scanner.position = 3
            scanner.lineStart = 3
        }
    }

    var bytes: UnsafeBufferPointer<UInt8> { scanner.bytes }

    var position: Int {
        get { scanner.position }
        set { scanner.position = newValue }
    }

    var current: UInt8? { scanner.current }

    func byte(at offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    /// An error at `offset` (default: the current position) on the current line.
    func error(_ message: String, at offset: Int? = nil) -> ParseError {
        var error = scanner.error(message, at: max(offset ?? position, scanner.lineStart))
        error.format = "Turtle"
        return error
    }

    /// Runs a reader of the N-Triples scanner, turning its errors into Turtle errors.
    mutating func scanning<T>(_ body: (inout NTriplesScanner) throws -> T) throws -> T {
        do {
            return try body(&scanner)
        } catch var error as ParseError {
            error.format = "Turtle"
            throw error
        }
    }

    /// Skips white space (including line breaks) and comments.
    mutating func skipWhitespace() { scanner.skipBlankLinesAndComments() }

    /// The Unicode scalar starting at `offset` and its length in bytes; nil at the end or on
    /// malformed UTF-8.
    func scalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        guard let lead = byte(at: offset) else { return nil }
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard offset + length <= bytes.count else { return nil }
        for index in 1..<length {
            let next = bytes[offset + index]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        let minimum: UInt32 = length == 3 ? 0x800 : length == 4 ? 0x10000 : 0x80
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// Whether the text at the current position is `word` as a whole token (not the start of a
    /// longer name such as `a:b` or `true.x:y`).
    func atKeyword(_ word: String, caseInsensitive: Bool = false) -> Bool {
        var offset = position
        for expected in word.utf8 {
            guard let byte = byte(at: offset) else { return false }
            let matches = caseInsensitive ? Self.lowercased(byte) == Self.lowercased(expected) : byte == expected
            guard matches else { return false }
            offset += 1
        }
        return !continuesName(at: offset)
    }

    /// Whether a name goes on at `offset`: a name character, `:`, or dots followed by one.
    func continuesName(at offset: Int) -> Bool {
        var offset = offset
        while byte(at: offset) == UInt8(ascii: ".") { offset += 1 }
        guard let (scalar, _) = scalar(at: offset) else { return false }
        return scalar == ":" || TurtleCharacters.isNameCharacter(scalar)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    /// Reads `<…>` with `\u` escapes; the reference is returned as written, not yet resolved.
    mutating func readIRIReference() throws -> String {
        try scanning { try $0.readIRIReference() }
    }

    /// Reads a string in `"…"`, `'…'`, `"""…"""` or `'''…'''`.
    mutating func readString() throws -> String {
        let quote = current ?? UInt8(ascii: "\"")
        let long = byte(at: position + 1) == quote && byte(at: position + 2) == quote
        if long {
            let closing = String(repeating: String(UnicodeScalar(quote)), count: 3)
            guard let end = longStringEnd(quote: quote) else { throw error("unterminated long string, expected \(closing)") }
            if byte(at: end) == quote {
                // The N-Triples scanner would take the extra quote into the string; the grammar does not.
                throw error("a long string cannot end with more than three quotes; escape the last quote of the text as \\\(UnicodeScalar(quote))")
            }
        }
        return try scanning { try $0.readQuotedString(quote: quote, long: long) }
    }

    /// The offset just after the closing triple quote of the long string starting here.
    private func longStringEnd(quote: UInt8) -> Int? {
        var offset = position + 3
        while offset < bytes.count {
            if bytes[offset] == UInt8(ascii: "\\") {
                offset += 2
            } else if bytes[offset] == quote, byte(at: offset + 1) == quote, byte(at: offset + 2) == quote {
                return offset + 3
            } else {
                offset += 1
            }
        }
        return nil
    }

    /// Reads `@tag` at the `@`.
    mutating func readLanguageTag() throws -> String {
        try scanning { try $0.readLanguageTag() }
    }
}
