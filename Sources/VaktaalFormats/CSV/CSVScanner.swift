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
    private var unescaped: [UInt8] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>, file: String, separator: UInt8) {
        self.bytes = bytes
        self.file = file
        self.separator = separator
        position = CSVScanner.byteOrderMarkLength(bytes)
    }

    /// 3 when the input starts with a UTF-8 byte order mark, else 0.
    static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// Reads the next record into `record`; false at the end of the input. Blank lines are skipped.
    mutating func next(into record: inout CSVRecord) throws -> Bool {
        skipBlankLines()
        guard position < bytes.count else { return false }
        recordLine = line
        recordOffset = position
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

    private mutating func readField() throws -> String {
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
        return try string(start..<position)
    }

    private mutating func readQuotedField() throws -> String {
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
        return doubled ? try undoubled(start..<end) : try string(start..<end)
    }

    /// The field's bytes with each doubled quote written once.
    private mutating func undoubled(_ range: Range<Int>) throws -> String {
        unescaped.removeAll(keepingCapacity: true)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            unescaped.append(byte)
            index += byte == CSVScanner.quote ? 2 : 1
        }
        if let text = unescaped.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) { return text }
        throw error("the text is not valid UTF-8; save the file as UTF-8 (in Excel: \"CSV UTF-8\")", at: range.lowerBound)
    }

    private func string(_ range: Range<Int>) throws -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        if let text = String(validating: slice, as: UTF8.self) { return text }
        throw error("the text is not valid UTF-8; save the file as UTF-8 (in Excel: \"CSV UTF-8\")",
                    at: CSVScanner.firstInvalidUTF8(in: bytes, range) ?? range.lowerBound)
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
