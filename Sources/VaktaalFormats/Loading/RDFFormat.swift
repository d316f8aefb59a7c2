/// The file formats Vaktaal reads and writes.
public enum RDFFormat: String, CaseIterable, Sendable {
    /// RDF/XML.
    case rdfxml
    /// N-Triples.
    case ntriples
    /// Turtle 1.1.
    case turtle
    /// JSKOS, one JSON-LD document.
    case json
    /// JSKOS, one JSON object per line.
    case ndjson
    /// Spreadsheet CSV: one concept per row (docs/spreadsheet.md).
    case csv
    /// The ESCO CSV download: a folder (docs/esco.md).
    case esco
    /// SSSOM/TSV mapping sets (docs/sssom.md).
    case sssom
    /// A snapshot of loaded vocabularies written by `vaktaal snapshot` (see ``SnapshotFile``).
    case snapshot

    /// Guesses the format from a file name's extension (a folder holding the ESCO CSV download
    /// is ``esco``).
    public init?(path: String) {
        if ESCOImporter.isDownload(path) {
            self = .esco
            return
        }
        let name = path.lowercased()
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return nil }
        switch name[name.index(after: dot)...] {
        case "rdf", "xml", "owl", "skos": self = .rdfxml
        case "nt": self = .ntriples
        case "ttl", "turtle": self = .turtle
        case "json", "jsonld", "jskos": self = .json
        case "ndjson", "jsonl": self = .ndjson
        case "csv": self = .csv
        case "tsv": self = .sssom
        case SnapshotFile.fileExtension: self = .snapshot
        default: return nil
        }
    }

    /// The name of the format in messages: `N-Triples`, `JSON` …
    public var displayName: String {
        switch self {
        case .rdfxml: "RDF/XML"
        case .ntriples: "N-Triples"
        case .turtle: "Turtle"
        case .json: "JSON"
        case .ndjson: "NDJSON"
        case .csv: "CSV"
        case .esco: "the ESCO CSV download"
        case .sssom: "SSSOM"
        case .snapshot: "a Vaktaal snapshot"
        }
    }

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .rdfxml: "rdf"
        case .ntriples: "nt"
        case .turtle: "ttl"
        case .json: "json"
        case .ndjson: "ndjson"
        case .csv: "csv"
        case .esco: ""
        case .sssom: "sssom.tsv"
        case .snapshot: SnapshotFile.fileExtension
        }
    }
}
