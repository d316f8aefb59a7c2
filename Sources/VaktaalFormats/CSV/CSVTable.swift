/// A CSV file read as a table: the first record names the columns, every other record is a row.
package struct CSVTable: Sendable {
    /// The reader, for locating errors in the rows.
    package let reader: CSVReader
    /// The column names, in order.
    package let header: [String]
    /// The data rows.
    package let rows: [CSVRecord]

    /// How rows with fewer fields than the header are treated.
    package enum ShortRows: Sendable {
        /// A row must have exactly as many fields as the header.
        case refuse
        /// Missing trailing fields are empty (some exports leave them out).
        case padWithEmptyFields
    }

    /// Reads a table.
    /// - Parameters:
    ///   - reader: The CSV input.
    ///   - shortRows: Whether rows may leave out trailing empty fields.
    /// - Throws: ``ParseError`` for malformed CSV, a missing header, or a row with the wrong number
    ///   of fields (at that row's line).
    package init(_ reader: CSVReader, shortRows: ShortRows = .refuse) throws {
        var header: [String] = []
        var rows: [CSVRecord] = []
        try CSVTable.stream(reader, shortRows: shortRows, header: { header = $0.fields }, row: { rows.append($0) })
        self.reader = reader
        self.header = header
        self.rows = rows
    }

    /// Reads a table row by row without keeping the rows: `header` gets the first record (the column
    /// names), then `row` each data row (checked against the header's width).
    /// - Throws: As ``init(_:shortRows:)``, or what the callbacks throw.
    package static func stream(_ reader: CSVReader, shortRows: ShortRows = .refuse,
                              header: (CSVRecord) throws -> Void, row: (CSVRecord) throws -> Void) throws {
        try streamBytes(reader, shortRows: shortRows, header: { try header($0.decoded) }, row: { try row($0.decoded) })
    }

    /// Reads a table as ``stream(_:shortRows:header:row:)`` does, each record as borrowed bytes
    /// (``CSVReader/forEachByteRecord(_:)``).
    package static func streamBytes(_ reader: CSVReader, shortRows: ShortRows = .refuse,
                                    header: (CSVByteRecord) throws -> Void, row: (CSVByteRecord) throws -> Void) throws {
        var columns: Int?
        try reader.forEachByteRecord { record in
            guard let columns else {
                columns = record.count
                try header(record)
                return
            }
            if let problem = widthProblem(record.count, columns: columns, shortRows: shortRows) {
                throw reader.error(problem.message, record: record, field: problem.field)
            }
            try row(record)
        }
        if columns == nil { throw emptyFile(reader) }
    }

    /// What is wrong with a row of `count` fields, and the field to point at; nil when nothing is.
    private static func widthProblem(_ count: Int, columns: Int, shortRows: ShortRows) -> (message: String, field: Int?)? {
        guard count > columns || (count < columns && shortRows == .refuse) else { return nil }
        return ("this row has \(count) fields but the header names \(columns) columns", count > columns ? columns : nil)
    }

    private static func emptyFile(_ reader: CSVReader) -> ParseError {
        ParseError(format: "CSV", location: SourceLocation(file: reader.file, line: 1, column: 1),
                   message: "the file is empty; expected a header line naming the columns")
    }

    /// The index of a column.
    package func column(_ name: String) -> Int? {
        header.firstIndex(of: name)
    }
}
