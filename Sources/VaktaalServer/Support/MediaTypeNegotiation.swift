/// Picks the representation of a concept from an `Accept` header, as Linked Data publishers do.
enum ConceptFormat: String, CaseIterable, Sendable {
    case html, jskos, rdfXML, turtle, nTriples

    /// The media type sent.
    var mediaType: String {
        switch self {
        case .html: "text/html"
        case .jskos: "application/json"
        case .rdfXML: "application/rdf+xml"
        case .turtle: "text/turtle"
        case .nTriples: "application/n-triples"
        }
    }

    /// The media types that select this format (the first is preferred).
    private var accepted: [String] {
        switch self {
        case .html: ["text/html", "application/xhtml+xml"]
        case .jskos: ["application/json", "application/ld+json"]
        case .rdfXML: ["application/rdf+xml", "application/xml", "text/xml"]
        case .turtle: ["text/turtle", "application/x-turtle"]
        case .nTriples: ["application/n-triples", "text/plain"]
        }
    }

    /// The format a `format=` parameter names (`html`, `json`, `jskos`, `rdf`, `ttl`, `nt`).
    init?(parameter: String) {
        switch parameter.lowercased() {
        case "html": self = .html
        case "json", "jskos", "jsonld": self = .jskos
        case "rdf", "rdfxml", "xml": self = .rdfXML
        case "ttl", "turtle": self = .turtle
        case "nt", "ntriples", "n-triples": self = .nTriples
        default: return nil
        }
    }

    /// The best format for an `Accept` header: the highest quality, then the earliest listed;
    /// HTML when the header is absent or accepts anything. Nil when nothing acceptable is served.
    static func negotiate(_ accept: String?) -> ConceptFormat? {
        guard let accept, !accept.trimmingWhitespace().isEmpty else { return .html }
        var best: (format: ConceptFormat, quality: Double, specificity: Int, position: Int)?
        for (position, range) in accept.split(separator: ",").enumerated() {
            let parts = range.split(separator: ";").map { String($0).trimmingWhitespace().lowercased() }
            guard let type = parts.first, !type.isEmpty else { continue }
            let quality = parts.dropFirst().compactMap { $0.hasPrefix("q=") ? Double($0.dropFirst(2)) : nil }.first ?? 1
            guard quality > 0 else { continue }
            for (format, specificity) in candidates(for: type) {
                let better = best.map { quality > $0.quality || (quality == $0.quality && (specificity > $0.specificity || (specificity == $0.specificity && position < $0.position))) } ?? true
                if better { best = (format, quality, specificity, position) }
            }
        }
        return best?.format
    }

    /// The formats a media range selects, with how specific the match is.
    private static func candidates(for range: String) -> [(ConceptFormat, Int)] {
        if range == "*/*" { return [(.html, 0)] }
        if range.hasSuffix("/*") {
            let major = range.dropLast(1)
            return allCases.filter { $0.mediaType.hasPrefix(major) }.prefix(1).map { ($0, 1) }
        }
        return allCases.filter { $0.accepted.contains(range) }.map { ($0, 2) }
    }
}
