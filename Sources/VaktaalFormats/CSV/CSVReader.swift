/// Reads CSV as RFC 4180 defines it, straight from the UTF-8 bytes.
///
/// Fields are separated by one byte (a comma unless told or detected otherwise); records end with
/// CRLF, LF or CR; a field in double quotes may hold separators, line breaks and quotes written
/// twice (`""`). A UTF-8 byte order mark at the start is skipped and blank lines between records are
/// ignored. Anything else is an error with the line and column: a quote inside an unquoted field,
/// text after a closing quote, a quoted field that is never closed, bytes that are not UTF-8.
///
/// The reader does not require every record to have the same number of fields: callers that read
/// a table check that against the header (see ``CSVTable``).
package struct CSVReader: Sendable {
    /// The input.
    package let bytes: [UInt8]
    /// The file name used in error messages.
    package let file: String
    /// The field separator byte.
    package let separator: UInt8

    /// Creates a reader.
    /// - Parameters:
    ///   - bytes: The UTF-8 input.
    ///   - file: The name used in error messages.
    ///   - separator: The field separator; nil to detect it from the first line (comma, semicolon as
    ///     written by spreadsheets in many European locales, or tab).
    package init(bytes: [UInt8], file: String, separator: UInt8? = UInt8(ascii: ",")) {
        self.bytes = bytes
        self.file = file
        self.separator = separator ?? CSVReader.detectSeparator(bytes)
    }

    /// Calls `body` with each record in turn. The record's storage is reused for the next one.
    /// - Throws: ``ParseError`` for malformed CSV (with the offending line shown), or what `body` throws.
    package func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
        try forEachByteRecord { try body($0.decoded) }
    }

    /// Calls `body` with each record in turn as borrowed bytes, valid only during the call: for
    /// readers that make no string of most fields.
    /// - Throws: ``ParseError`` for malformed CSV (with the offending line shown), or what `body` throws.
    package func forEachByteRecord(_ body: (CSVByteRecord) throws -> Void) throws {
        try bytes.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(buffer, file: file, separator: separator)
            defer { scanner.deallocate() }
            var record = CSVByteRecord()
            do {
                while try scanner.next(into: &record) { try body(record) }
            } catch let error as ParseError {
                throw error.withSourceLine(from: bytes)
            }
        }
    }

    /// Every record, in order.
    package func records() throws -> [CSVRecord] {
        var result: [CSVRecord] = []
        try forEachRecord { result.append($0) }
        return result
    }

    /// Where a field of a record starts, as a line and column.
    package func location(of record: CSVRecord, field: Int) -> SourceLocation {
        location(line: record.line, offset: record.offset, fieldOffsets: record.fieldOffsets, field: field)
    }

    /// An error about the content of a field (or of the record when `field` is nil), located at the
    /// field and showing its line.
    package func error(_ message: String, record: CSVRecord, field: Int?, format: String = "CSV") -> ParseError {
        error(message, line: record.line, offset: record.offset, fieldOffsets: record.fieldOffsets, field: field, format: format)
    }

    /// An error about the content of a field of a record read as bytes (see
    /// ``error(_:record:field:format:)``).
    package func error(_ message: String, record: CSVByteRecord, field: Int?, format: String = "CSV") -> ParseError {
        error(message, line: record.line, offset: record.offset, fieldOffsets: record.fieldOffsets, field: field, format: format)
    }

    private func location(line: Int, offset: Int, fieldOffsets: [Int], field: Int) -> SourceLocation {
        let start = field < fieldOffsets.count ? fieldOffsets[field] : offset
        return bytes.withUnsafeBufferPointer { buffer in
            CSVScanner.location(of: start, in: buffer, file: file, from: (line, offset))
        }
    }

    private func error(_ message: String, line: Int, offset: Int, fieldOffsets: [Int], field: Int?, format: String) -> ParseError {
        let place = field.map { location(line: line, offset: offset, fieldOffsets: fieldOffsets, field: $0) }
            ?? SourceLocation(file: file, line: line, column: 0)
        return ParseError(format: format, location: place, message: message).withSourceLine(from: bytes)
    }

    /// The separator used on the first line: the most frequent of comma, semicolon and tab outside
    /// quotes; a comma when there is none.
    package static func detectSeparator(_ bytes: [UInt8]) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        var counts = [0, 0, 0]
        var quoted = false
        for byte in bytes.prefix(1 << 16) {
            if byte == CSVScanner.quote { quoted.toggle() }
            if quoted { continue }
            if byte == CSVScanner.lineFeed || byte == CSVScanner.carriageReturn { break }
            if let index = candidates.firstIndex(of: byte) { counts[index] += 1 }
        }
        let best = counts.indices.max { counts[$0] < counts[$1] }!
        return counts[best] == 0 ? candidates[0] : candidates[best]
    }
}
