public import VaktaalModel

/// Writes a graph in any supported format.
public enum GraphWriter {
    /// Writes `graph` to `output` in `format`. N-Triples is written sorted, so files are stable.
    public static func write(_ graph: Graph, format: RDFFormat, to output: OutputFile) throws {
        switch format {
        case .rdfxml:
            try RDFXMLWriter.write(graph, to: output)
        case .ntriples:
            try NTriplesWriter.write(graph, to: output, sorted: true)
        case .turtle:
            try TurtleWriter.write(graph, to: output)
        case .json:
            try JSKOSWriter.document(Vocabulary(graph: graph)).withUnsafeBytes { try output.write($0) }
        case .ndjson:
            try JSKOSWriter.ndjson(Vocabulary(graph: graph)).withUnsafeBytes { try output.write($0) }
        case .csv:
            try SpreadsheetWriter.write(graph, to: output)
        case .esco:
            throw FileError.unwritable(path: output.path, reason: "ESCO's CSV download is read only; use --to csv for one concept per row")
        case .sssom:
            try SSSOMWriter.write(Vocabulary(graph: graph)).withUnsafeBytes { try output.write($0) }
        case .snapshot:
            let compact = CompactVocabulary(TripleStore(graph))
            let snapshot = VocabularySnapshot(vocabulary: compact, lookupIndex: LookupIndex(Vocabulary(compact)), sources: [])
            try snapshot.write { bytes in try output.write(bytes) }
        }
    }
}
