import VaktaalModel

/// Turns the rows of a spreadsheet into triples, checking every cell against its column.
struct SpreadsheetGraphBuilder {
    static let format = "spreadsheet CSV"

    let reader: CSVReader
    private(set) var graph = Graph()
    private var columns: [SpreadsheetColumn] = []
    private var subjectColumn = 0
    private var firstLine: [Term: Int] = [:]

    init(reader: CSVReader) {
        self.reader = reader
    }

    // MARK: Header

    mutating func readHeader(_ record: CSVRecord) throws {
        var seen: Set<SpreadsheetColumn> = []
        for (index, name) in record.fields.enumerated() {
            guard let column = SpreadsheetColumn(header: name) else {
                let hint = !ESCOPlacement.isESCOColumn(name, header: record.fields) ? "" : "; this is a file of the ESCO download: read it with --from esco (docs/esco.md)"
                throw reader.error("unknown column '\(name)'; the layout's columns are \(SpreadsheetField.allCases.map(\.rawValue).joined(separator: ", ")), labels and texts with @language (docs/spreadsheet.md)" + hint,
                                   record: record, field: index, format: Self.format)
            }
            guard seen.insert(column).inserted else {
                throw reader.error("column '\(name)' appears twice", record: record, field: index, format: Self.format)
            }
            columns.append(column)
        }
        guard let subject = columns.firstIndex(where: { $0.field == .conceptUri }) else {
            throw reader.error("no conceptUri column: every row needs the IRI of what it describes", record: record, field: nil, format: Self.format)
        }
        subjectColumn = subject
    }

    // MARK: Rows

    mutating func readRow(_ record: CSVRecord) throws {
        if record.fields.allSatisfy(\.isEmpty) { return }
        let subject = try readSubject(record)
        if let line = firstLine[subject] {
            throw reader.error("a second row for \(record[subjectColumn]); its first row is at line \(line)",
                               record: record, field: subjectColumn, format: Self.format)
        }
        firstLine[subject] = record.line
        let reader = self.reader
        for (index, column) in columns.enumerated() where index != subjectColumn {
            let cell = record[index]
            if cell.isEmpty { continue }
            try readCell(cell, column, subject: subject) { message in
                reader.error(message, record: record, field: index, format: Self.format)
            }
        }
    }

    private func readSubject(_ record: CSVRecord) throws -> Term {
        let text = SpreadsheetGraphBuilder.trimmed(record[subjectColumn])
        if let term = SpreadsheetGraphBuilder.term(text) { return term }
        let message = text.isEmpty ? "this row has no conceptUri; every row needs the IRI of what it describes"
            : "expected an IRI such as https://example.org/concept/1 (or _:label for a blank node), found '\(text)'"
        throw reader.error(message, record: record, field: subjectColumn, format: Self.format)
    }

    /// An IRI or `_:label`.
    static func term(_ text: String) -> Term? {
        if text.hasPrefix("_:") {
            let label = text.dropFirst(2)
            guard let first = label.first, first != ".", label.last != ".",
                  label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == ".") }) else { return nil }
            return .blank(String(label))
        }
        return CSVCell.isIRI(text) ? .iri(text) : nil
    }

    private mutating func add(_ subject: Term, _ predicate: String, _ object: Term) {
        graph.insert(Triple(subject, predicate, object))
    }

    private mutating func readCell(_ cell: String, _ column: SpreadsheetColumn, subject: Term,
                                   error: (String) -> ParseError) throws {
        let field = column.field
        switch field.kind {
        case .subject:
            break
        case .type:
            let name = SpreadsheetGraphBuilder.trimmed(cell)
            guard let type = SpreadsheetField.typeNames.first(where: { $0.name == name }) else {
                throw error("unknown conceptType '\(name)'; expected \(SpreadsheetField.typeNames.map(\.name).joined(separator: ", ")) or an empty cell")
            }
            add(subject, field.predicate, .iri(type.iri))
        case .text:
            add(subject, field.predicate, .literal(Literal(cell, language: column.language)))
        case .textList:
            for item in CSVCell.lines(cell) { add(subject, field.predicate, .literal(Literal(item, language: column.language))) }
        case .plainList:
            for item in CSVCell.lines(cell) { add(subject, field.predicate, .literal(Literal(item))) }
        case .iriList, .inverseIRIList:
            for item in CSVCell.lines(cell).map(SpreadsheetGraphBuilder.trimmed) where !item.isEmpty {
                guard CSVCell.isIRI(item) else { throw error("expected one IRI per line in \(field.rawValue), found '\(item)'") }
                if field.kind == .iriList { add(subject, field.predicate, .iri(item)) }
                else { add(.iri(item), field.predicate, subject) }
            }
        case .dateList:
            for item in CSVCell.lines(cell).map(SpreadsheetGraphBuilder.trimmed) where !item.isEmpty {
                guard let datatype = CSVCell.dateDatatype(item) else {
                    throw error("expected a date such as 2024-05-01, 2024-05-01T10:00:00Z or 2024 in \(field.rawValue), found '\(item)'")
                }
                add(subject, field.predicate, .literal(Literal(item, datatype: datatype)))
            }
        default:
            try readValue(SpreadsheetGraphBuilder.trimmed(cell), field, subject: subject, error: error)
        }
    }

    /// The single-value columns that hold a checked value: `deprecated`, `confidence`,
    /// `mappingRelation`, and `extra`'s N-Triples.
    private mutating func readValue(_ value: String, _ field: SpreadsheetField, subject: Term,
                                    error: (String) -> ParseError) throws {
        switch field.kind {
        case .boolean:
            guard value == "true" || value == "false" else { throw error("expected true, false or an empty cell in deprecated, found '\(value)'") }
            if value == "true" { add(subject, field.predicate, .literal(Literal("true", datatype: Namespace.xsd + "boolean"))) }
        case .confidence:
            guard SpreadsheetRows.isConfidence(value) else { throw error("expected a number from 0 to 1 in confidence, found '\(value)'") }
            add(subject, field.predicate, .literal(Literal(value, datatype: Namespace.xsd + "double")))
        case .matchType:
            guard let type = MatchType(rawValue: value) else {
                throw error("expected one of \(MatchType.allCases.map(\.rawValue).joined(separator: ", ")) in mappingRelation, found '\(value)'")
            }
            add(subject, field.predicate, .iri(type.property))
        default:
            try readExtra(value, subject: subject, error: error)
        }
    }

    /// `extra`: one `<predicate> object` per line, in N-Triples syntax.
    private mutating func readExtra(_ cell: String, subject: Term, error: (String) -> ParseError) throws {
        let subjectText = subject.isBlank ? subject.description : "<\(subject.iriValue!)>"
        for (number, line) in CSVCell.lines(cell).enumerated() {
            let statement = subjectText + " " + line + " ."
            do {
                try NTriplesReader.read(Array(statement.utf8), file: reader.file) { graph.insert($0) }
            } catch let parseError as ParseError {
                throw error("line \(number + 1) of extra is not `<predicate> object` in N-Triples syntax: \(parseError.message)")
            }
        }
    }

    static func trimmed(_ text: String) -> String {
        ESCOConceptTable.trimmed(text)
    }
}
