/// The byte-level RFC 4180 state machine behind ``CSVReader``: fields separated by one byte,
/// records ended by CRLF, LF or CR, quoted fields with doubled quotes and line breaks inside.
struct CSVScanner {
    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    let separator: UInt8
    private(set) var position: Int
    private(set) var line = 1
    private var recordLine = 1
    private var recordOffset = 0
    /// Room for the undoubled text of a record's quoted fields with `""` in them, as long as the
    /// input (a record's text never grows when undoubled); its pages are touched only when used.
    private let unescaped: UnsafeMutablePointer<UInt8>
    private var unescapedCount = 0

    /// A scanner of `bytes`; call ``deallocate()`` when done.
    init(_ bytes: UnsafeBufferPointer<UInt8>, file: String, separator: UInt8) {
        self.bytes = bytes
        self.file = file
        self.separator = separator
        position = CSVScanner.byteOrderMarkLength(bytes)
        unescaped = .allocate(capacity: max(bytes.count, 1))
    }

    /// Frees the buffer of undoubled text; the fields handed out are then invalid.
    func deallocate() {
        unescaped.deallocate()
    }

    /// 3 when the input starts with a UTF-8 byte order mark, else 0.
    static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// Reads the next record into `record`; false at the end of the input. Blank lines are
    /// skipped. The fields stay valid until the next call.
    mutating func next(into record: inout CSVByteRecord) throws -> Bool {
        skipBlankLines()
        guard position < bytes.count else { return false }
        recordLine = line
        recordOffset = position
        unescapedCount = 0
        record.reset(line: line, offset: position)
        while true {
            record.fieldOffsets.append(position)
            record.fields.append(try readField())
            guard position < bytes.count else { return true }
            if bytes[position] == separator {
                position += 1
                continue
            }
            skipLineBreak()
            return true
        }
    }

    private mutating func skipBlankLines() {
        while position < bytes.count, bytes[position] == CSVScanner.lineFeed || bytes[position] == CSVScanner.carriageReturn {
            skipLineBreak()
        }
    }

    /// Steps over CRLF, LF or CR at `position`.
    private mutating func skipLineBreak() {
        if bytes[position] == CSVScanner.carriageReturn, position + 1 < bytes.count, bytes[position + 1] == CSVScanner.lineFeed {
            position += 1
        }
        position += 1
        line += 1
    }

    private mutating func readField() throws -> UnsafeBufferPointer<UInt8> {
        if position < bytes.count, bytes[position] == CSVScanner.quote { return try readQuotedField() }
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == separator || byte == CSVScanner.lineFeed || byte == CSVScanner.carriageReturn { break }
            if byte == CSVScanner.quote {
                throw error("a quote inside an unquoted field; enclose the whole field in quotes and double the quote (\"\")", at: position)
            }
            position += 1
        }
        return try validated(start..<position)
    }

    private mutating func readQuotedField() throws -> UnsafeBufferPointer<UInt8> {
        let opening = position
        position += 1
        let start = position
        var doubled = false
        while true {
            guard position < bytes.count else {
                throw error("a quoted field is not closed: the closing quote is missing", at: opening)
            }
            let byte = bytes[position]
            if byte == CSVScanner.quote {
                guard position + 1 < bytes.count, bytes[position + 1] == CSVScanner.quote else { break }
                doubled = true
                position += 2
                continue
            }
            if byte == CSVScanner.lineFeed || (byte == CSVScanner.carriageReturn && !(position + 1 < bytes.count && bytes[position + 1] == CSVScanner.lineFeed)) {
                line += 1
            }
            position += 1
        }
        let end = position
        position += 1
        if position < bytes.count {
            let byte = bytes[position]
            guard byte == separator || byte == CSVScanner.lineFeed || byte == CSVScanner.carriageReturn else {
                throw error("expected '\(Character(Unicode.Scalar(separator)))' or the end of the line after the closing quote; a quote inside a quoted field is written twice (\"\")", at: position)
            }
        }
        let field = try validated(start..<end)
        return doubled ? undoubled(field) : field
    }

    /// The field's bytes with each doubled quote written once, in the buffer of undoubled text.
    private mutating func undoubled(_ field: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let start = unescapedCount
        var index = 0
        while index < field.count {
            let byte = field[index]
            unescaped[unescapedCount] = byte
            unescapedCount += 1
            index += byte == CSVScanner.quote ? 2 : 1
        }
        return UnsafeBufferPointer(start: unescaped + start, count: unescapedCount - start)
    }

    /// The bytes in `range`, once checked to be UTF-8.
    @inline(__always)
    private func validated(_ range: Range<Int>) throws -> UnsafeBufferPointer<UInt8> {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        if CSVScanner.isASCII(slice) { return slice }
        guard let invalid = CSVScanner.firstInvalidUTF8(in: bytes, range) else { return slice }
        throw error("the text is not valid UTF-8; save the file as UTF-8 (in Excel: \"CSV UTF-8\")", at: invalid)
    }

    /// Whether every byte is below 0x80, looked at eight at a time.
    @inline(__always)
    static func isASCII(_ slice: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = slice.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= slice.count {
            if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < slice.count {
            if base[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// The offset of the first byte that is not part of a valid UTF-8 sequence.
    static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var iterator = UnsafeBufferPointer(rebasing: bytes[range]).makeIterator()
        var decoder = UTF8()
        var offset = range.lowerBound
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    func error(_ message: String, at offset: Int) -> ParseError {
        ParseError(format: "CSV", location: CSVScanner.location(of: offset, in: bytes, file: file, from: (recordLine, recordOffset)),
                   message: message)
    }

    /// The line and column of a byte offset, counting line breaks from a known line start.
    static func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>, file: String,
                         from anchor: (line: Int, offset: Int)) -> SourceLocation {
        var line = anchor.line
        var lineStart = anchor.offset
        var index = anchor.offset
        while index < offset, index < bytes.count {
            let byte = bytes[index]
            if byte == lineFeed || (byte == carriageReturn && !(index + 1 < bytes.count && bytes[index + 1] == lineFeed)) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        let end = min(offset, bytes.count)
        let prefix = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<max(lineStart, end)]), as: UTF8.self)
        return SourceLocation(file: file, line: line, column: prefix.unicodeScalars.count + 1)
    }
}
