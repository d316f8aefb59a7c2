/// The lexical layer of SSSOM/TSV: the metadata block (the leading lines that start with `#`,
/// without the `#`), the column header and the data rows, each cell with its line and column.
///
/// Cells follow the tab-separated dialect that sssom-py reads and writes: a cell that starts with
/// `"` is quoted, may hold tabs and line breaks, and writes `"` as `""`; any other cell runs to
/// the next tab or line end. Line ends may be LF or CRLF; blank lines are skipped.
struct SSSOMTable: Sendable {
    /// One cell: its text and where it starts.
    struct Cell: Sendable {
        var text: String
        var line: Int
        var column: Int
    }

    /// One line of the metadata block, `#` removed and trailing white space trimmed.
    struct HeaderLine: Sendable {
        var text: String
        var line: Int
    }

    /// The metadata block.
    var header: [HeaderLine] = []
    /// The column names, when the file has a header row.
    var columns: [Cell] = []
    /// Where the column header is (line 0 when there is none).
    var columnsLine = 0
    /// The data rows.
    var rows: [[Cell]] = []

    /// Splits SSSOM/TSV text into metadata block, column header and rows.
    /// - Throws: ``ParseError`` for an unterminated quoted cell or text after a closing quote.
    static func scan(_ bytes: [UInt8], file: String) throws -> SSSOMTable {
        var scanner = Scanner(bytes: bytes, file: file)
        var table = SSSOMTable()
        table.header = scanner.metadataBlock()
        if let columns = try scanner.record() {
            table.columns = columns
            table.columnsLine = columns.first?.line ?? 0
        }
        while let row = try scanner.record() { table.rows.append(row) }
        return table
    }
}

/// The byte-level state machine behind ``SSSOMTable/scan(_:file:)``.
private struct Scanner {
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let quote = UInt8(ascii: "\"")
    static let hash = UInt8(ascii: "#")

    let bytes: [UInt8]
    let file: String
    var position = 0
    var line = 1
    var lineStart = 0
    /// A column already counted on the current line, so that counting continues from there.
    private var counted = (offset: 0, column: 1)

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3; lineStart = 3 }
        counted = (lineStart, 1)
    }

    /// The column of `position`, counted in Unicode scalars from 1.
    mutating func column() -> Int {
        if counted.offset < lineStart || counted.offset > position { counted = (lineStart, 1) }
        let column = counted.column + bytes[counted.offset..<position].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        counted = (position, column)
        return column
    }

    /// Reads the leading lines that start with `#`.
    mutating func metadataBlock() -> [SSSOMTable.HeaderLine] {
        var lines: [SSSOMTable.HeaderLine] = []
        while position < bytes.count, bytes[position] == Self.hash {
            let start = position + 1
            var end = start
            while end < bytes.count, bytes[end] != Self.lineFeed { end += 1 }
            var trimmed = end
            while trimmed > start, [Self.carriageReturn, Self.tab, UInt8(ascii: " ")].contains(bytes[trimmed - 1]) { trimmed -= 1 }
            lines.append(.init(text: String(decoding: bytes[start..<trimmed], as: UTF8.self), line: line))
            position = end
            if position < bytes.count { newLine() }
        }
        return lines
    }

    /// The cells of the next record, or nil at the end of the input.
    mutating func record() throws -> [SSSOMTable.Cell]? {
        skipBlankLines()
        guard position < bytes.count else { return nil }
        var cells: [SSSOMTable.Cell] = []
        while true {
            cells.append(try cell())
            guard position < bytes.count else { return cells }
            if bytes[position] == Self.tab { position += 1; continue }
            if bytes[position] == Self.carriageReturn { position += 1 }
            if position < bytes.count { newLine() }
            return cells
        }
    }

    private mutating func newLine() {
        position += 1
        line += 1
        lineStart = position
    }

    private mutating func skipBlankLines() {
        while position < bytes.count {
            var probe = position
            if bytes[probe] == Self.carriageReturn { probe += 1 }
            guard probe < bytes.count, bytes[probe] == Self.lineFeed else {
                if probe == bytes.count, probe > position { position = probe }
                return
            }
            position = probe
            newLine()
        }
    }

    private mutating func cell() throws -> SSSOMTable.Cell {
        let startLine = line, startColumn = column()
        guard position < bytes.count, bytes[position] == Self.quote else {
            let start = position
            while position < bytes.count, ![Self.tab, Self.lineFeed, Self.carriageReturn].contains(bytes[position]) { position += 1 }
            return .init(text: String(decoding: bytes[start..<position], as: UTF8.self), line: startLine, column: startColumn)
        }
        position += 1
        var text: [UInt8] = []
        while true {
            guard position < bytes.count else {
                throw error("unterminated quoted cell: expected a closing \" before the end of the file", line: startLine, column: startColumn)
            }
            let byte = bytes[position]
            if byte == Self.quote {
                if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
                    text.append(Self.quote)
                    position += 2
                    continue
                }
                position += 1
                break
            }
            text.append(byte)
            if byte == Self.lineFeed { newLine() } else { position += 1 }
        }
        if position < bytes.count, ![Self.tab, Self.lineFeed, Self.carriageReturn].contains(bytes[position]) {
            throw error("expected a tab or the end of the line after the closing quote of a quoted cell", line: line, column: column())
        }
        return .init(text: String(decoding: text, as: UTF8.self), line: startLine, column: startColumn)
    }

    private func error(_ message: String, line: Int, column: Int) -> ParseError {
        ParseError(format: "SSSOM", location: SourceLocation(file: file, line: line, column: column), message: message)
            .withSourceLine(from: bytes)
    }
}
