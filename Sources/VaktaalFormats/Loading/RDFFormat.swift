/// The file formats Vaktaal reads and writes.
public enum RDFFormat: String, CaseIterable, Sendable {
    /// RDF/XML.
    case rdfxml
    /// N-Triples.
    case ntriples
    /// JSKOS, one JSON-LD document.
    case json
    /// JSKOS, one JSON object per line.
    case ndjson

    /// Guesses the format from a file name's extension.
    public init?(path: String) {
        let name = path.lowercased()
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return nil }
        switch name[name.index(after: dot)...] {
        case "rdf", "xml", "owl", "skos": self = .rdfxml
        case "nt": self = .ntriples
        case "json", "jsonld", "jskos": self = .json
        case "ndjson", "jsonl": self = .ndjson
        default: return nil
        }
    }

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .rdfxml: "rdf"
        case .ntriples: "nt"
        case .json: "json"
        case .ndjson: "ndjson"
        }
    }
}
