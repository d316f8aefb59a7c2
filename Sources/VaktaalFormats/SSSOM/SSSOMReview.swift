public import VaktaalModel

/// A suggestions file after review (`vaktaal suggest --accept`): the rows the reviewer kept as
/// SKOS mappings, and how many she rejected.
///
/// A reviewer rejects a row by deleting it, by emptying its `predicate_id` or setting it to
/// `noMatch` (or `-`), or the SSSOM way, with `predicate_modifier` `Not`. She may change the
/// relation (`predicate_id`), the object, the confidence, the comment, and name herself in
/// `author_id`. Rows whose predicate is no SKOS mapping relation are counted as skipped.
public struct SSSOMReview: Sendable {
    /// The kept rows as SKOS mappings, with the provenance the rows give (confidence, authors,
    /// comment; the justification is the machine's until merged).
    public var accepted: [Mapping]
    /// Rows rejected: `predicate_id` empty, `noMatch` or `-`, or `predicate_modifier` `Not`.
    public var rejected: Int
    /// Rows kept with a predicate that is no SKOS mapping relation.
    public var skipped: Int
    /// The `object_label`s of the rows, by object IRI.
    public var objectLabels: [String: String]

    /// The `predicate_id` values that reject a row (compared without case).
    public static let rejectingPredicates: Set<String> = ["", "-", "nomatch", "skos:nomatch", "no", "none"]

    /// Reads a reviewed SSSOM/TSV file.
    /// - Throws: ``ParseError`` as ``SSSOMReader/readGraph(_:file:)`` for the rows kept.
    public static func read(_ bytes: [UInt8], file: String) throws -> SSSOMReview {
        let table = try SSSOMTable.scan(bytes, file: file)
        let header = try SSSOMHeader(lines: table.header, file: file, bytes: bytes)
        var builder = try SSSOMGraphBuilder(header: header, file: file, bytes: bytes)
        let line = table.columnsLine > 0 ? table.columnsLine : (table.header.last?.line ?? 0) + 1
        let columns = try builder.columns(table.columns, line: line)
        let names = table.columns.map(\.text)
        let predicate = names.firstIndex(of: "predicate_id"), modifier = names.firstIndex(of: "predicate_modifier")
        var rejected = 0, kept = 0
        for row in table.rows {
            func cell(_ index: Int?) -> String {
                guard let index, index < row.count else { return "" }
                return row[index].text.trimmingSpaces().lowercased()
            }
            if rejectingPredicates.contains(cell(predicate)) || cell(modifier) == "not" {
                rejected += 1
                continue
            }
            try builder.addRow(row, columns: columns)
            kept += 1
        }
        let vocabulary = Vocabulary(graph: builder.graph)
        return SSSOMReview(accepted: vocabulary.mappings, rejected: rejected, skipped: kept - vocabulary.mappings.count,
                           objectLabels: vocabulary.objectLabels())
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
