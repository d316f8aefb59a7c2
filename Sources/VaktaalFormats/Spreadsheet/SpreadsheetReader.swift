public import VaktaalModel

/// Reads the spreadsheet layout ``SpreadsheetWriter`` writes (docs/spreadsheet.md) back into a
/// graph: comma-, semicolon- or tab-separated, with or without a byte order mark.
///
/// It refuses what it cannot read rather than dropping it: an unknown column, a row whose IRI is
/// missing or malformed, two rows for one subject, a cell that does not hold what its column
/// promises (an IRI, a date, a type name, a number from 0 to 1, N-Triples in `extra`), or a row
/// with more or fewer fields than the header. Rows that are wholly empty are skipped.
public enum SpreadsheetReader {
    /// Reads a spreadsheet into a graph.
    /// - Parameters:
    ///   - bytes: The UTF-8 CSV.
    ///   - file: The name used in error messages.
    /// - Throws: ``ParseError`` at the offending cell's line and column.
    public static func read(_ bytes: [UInt8], file: String) throws -> Graph {
        let reader = CSVReader(bytes: bytes, file: file, separator: nil)
        var builder = SpreadsheetGraphBuilder(reader: reader)
        try CSVTable.stream(reader, header: { try builder.readHeader($0) }, row: { try builder.readRow($0) })
        return builder.graph
    }

    /// Reads a spreadsheet into a vocabulary.
    public static func readVocabulary(_ bytes: [UInt8], file: String) throws -> Vocabulary {
        Vocabulary(graph: try read(bytes, file: file))
    }
}
