/// Writes CSV as RFC 4180 defines it: CRLF after every record, and a field in double quotes (with
/// its quotes written twice) exactly when it holds the separator, a quote, CR or LF.
package struct CSVWriter: Sendable {
    /// The field separator byte.
    package let separator: UInt8
    /// The bytes written so far.
    package private(set) var bytes: [UInt8] = []

    /// Creates a writer.
    /// - Parameters:
    ///   - separator: The field separator (a comma by default).
    ///   - byteOrderMark: Whether to start with a UTF-8 byte order mark, which spreadsheet programs
    ///     need to read the file as UTF-8 rather than a legacy code page.
    package init(separator: UInt8 = UInt8(ascii: ","), byteOrderMark: Bool = false) {
        self.separator = separator
        bytes.reserveCapacity(1 << 16)
        if byteOrderMark { bytes += [0xEF, 0xBB, 0xBF] }
    }

    /// Appends one record.
    package mutating func write(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(separator) }
            append(field)
        }
        bytes += [CSVScanner.carriageReturn, CSVScanner.lineFeed]
    }

    /// Whether a field has to be quoted.
    package func needsQuotes(_ field: String) -> Bool {
        field.utf8.contains { $0 == separator || $0 == CSVScanner.quote || $0 == CSVScanner.lineFeed || $0 == CSVScanner.carriageReturn }
    }

    private mutating func append(_ field: String) {
        guard needsQuotes(field) else {
            bytes += field.utf8
            return
        }
        bytes.append(CSVScanner.quote)
        for byte in field.utf8 {
            bytes.append(byte)
            if byte == CSVScanner.quote { bytes.append(byte) }
        }
        bytes.append(CSVScanner.quote)
    }

    /// Writes what has been appended to `output` and empties the buffer.
    package mutating func flush(to output: OutputFile) throws {
        try bytes.withUnsafeBytes { try output.write($0) }
        bytes.removeAll(keepingCapacity: true)
    }
}
