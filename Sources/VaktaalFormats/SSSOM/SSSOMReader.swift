public import VaktaalModel

/// Reads SSSOM/TSV mapping sets (<https://mapping-commons.github.io/sssom/>): a YAML metadata
/// block in lines starting with `#`, then a tab-separated table with one mapping per row.
///
/// The mapping set becomes a `sssom:MappingSet` resource with its metadata; each row whose
/// predicate is a SKOS mapping relation becomes a SKOS mapping with its provenance
/// (``Mapping/confidence``, ``Mapping/justification``, ``Mapping/authors``, ``Mapping/date``,
/// ``Mapping/comment``, ``Mapping/mappingSet``); rows with other predicates, negated rows
/// (`predicate_modifier: Not`), `sssom:NoTermFound` and literal mappings are kept as
/// `sssom:Mapping` resources that ``SSSOMWriter`` writes back but that are no SKOS mappings.
/// Every other SSSOM slot, labels included, is kept as `sssom:<slot>` on the mapping's node; rows
/// inherit the set's values of propagatable slots (`mapping_date`, `subject_source`, …) they do
/// not override. `docs/sssom.md` describes the mapping in full.
public enum SSSOMReader {
    /// Reads SSSOM/TSV into a graph of Vaktaal's mapping shape.
    /// - Parameters:
    ///   - bytes: The UTF-8 text.
    ///   - file: The name used in error messages.
    /// - Returns: The triples; the `curie_map` and SSSOM's built-in prefixes as the graph's prefixes.
    /// - Throws: ``ParseError`` in format `SSSOM`, with line and column, for invalid YAML in the
    ///   metadata block, missing `mapping_set_id` or `license`, a missing required column,
    ///   unknown predicates, bytes that are not UTF-8, CURIEs with undeclared prefixes, confidences outside 0…1, values
    ///   outside a slot's range, and malformed quoting.
    public static func readGraph(_ bytes: [UInt8], file: String) throws -> Graph {
        let start = try bytes.withUnsafeBufferPointer { try TextInput.check($0, file: file, format: "SSSOM") }
        let bytes = start == 0 ? bytes : Array(bytes[start...])
        let table = try SSSOMTable.scan(bytes, file: file)
        let header = try SSSOMHeader(lines: table.header, file: file, bytes: bytes)
        var builder = try SSSOMGraphBuilder(header: header, file: file, bytes: bytes)
        let line = table.columnsLine > 0 ? table.columnsLine : (table.header.last?.line ?? 0) + 1
        let columns = try builder.columns(table.columns, line: line)
        for row in table.rows { try builder.addRow(row, columns: columns) }
        return builder.graph
    }

    /// Reads SSSOM/TSV into a vocabulary (mappings and extra triples; no concepts).
    /// - Parameters:
    ///   - bytes: The UTF-8 text.
    ///   - file: The name used in error messages.
    /// - Throws: As ``readGraph(_:file:)``.
    public static func read(_ bytes: [UInt8], file: String) throws -> Vocabulary {
        Vocabulary(graph: try readGraph(bytes, file: file))
    }
}
