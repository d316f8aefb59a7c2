public import VaktaalModel

/// Writes a vocabulary as a spreadsheet-friendly CSV file: one row per concept (and per scheme,
/// collection, mapping annotation), one column per field and language, in the layout
/// docs/spreadsheet.md describes. ``SpreadsheetReader`` reads it back to the same graph.
///
/// The file is UTF-8 with a byte order mark (so that spreadsheet programs do not read it in a
/// legacy code page), comma-separated, CRLF line ends, fields quoted as RFC 4180 says. Lists
/// (alternative labels, broader concepts, …) are written one item per line inside their cell.
/// Triples no column holds exactly go to the `extra` column in N-Triples syntax, so nothing is lost.
public enum SpreadsheetWriter {
    /// The CSV bytes for a graph.
    public static func bytes(_ graph: Graph) -> [UInt8] {
        var writer = CSVWriter(byteOrderMark: true)
        let (columns, rows) = table(graph)
        writer.write(columns)
        for row in rows { writer.write(row) }
        return writer.bytes
    }

    /// The CSV bytes for a vocabulary (its graph, see ``Vocabulary/graph()``).
    public static func bytes(_ vocabulary: Vocabulary) -> [UInt8] {
        bytes(vocabulary.graph())
    }

    /// Writes a graph to `output`.
    public static func write(_ graph: Graph, to output: OutputFile) throws {
        try bytes(graph).withUnsafeBytes { try output.write($0) }
    }

    /// The header and the rows as cell texts.
    public static func table(_ graph: Graph) -> (header: [String], rows: [[String]]) {
        var layout = SpreadsheetRows(graph)
        let (columns, rows) = layout.build()
        let cells = rows.map { row in columns.map { (row.cells[$0] ?? []).joined(separator: "\n") } }
        return (columns.map(\.header), cells)
    }
}
