import HTTPTypes
import Hummingbird
import VaktaalFormats
import VaktaalModel

/// A translation asked for: the need, the schemes and how many answers.
struct TranslationRequest: Sendable {
    let need: String
    let target: String
    let source: String?
    let limit: Int

    /// Reads `q`, `to`, `from` and `limit`.
    /// - Throws: ``Problem`` for a missing need or target, an unknown scheme, or the same scheme twice.
    init(_ parameters: QueryParameters, catalog: Catalog) throws(Problem) {
        need = try parameters.required("q")
        target = try catalog.resolveScheme(try parameters.required("to"), parameter: "to")
        source = try parameters["from"].map { name throws(Problem) in try catalog.resolveScheme(name, parameter: "from") }
        limit = try parameters.integer("limit", in: 1...100, default: 10)
        if let source, source == target {
            throw .badRequest("'from' and 'to' name the same scheme (\(SchemeName.shortName(of: target))); translate goes from one scheme to another", parameter: "to")
        }
    }

    init(need: String, target: String, source: String?, limit: Int) {
        (self.need, self.target, self.source, self.limit) = (need, target, source, limit)
    }
}

/// Which mappings `GET /api/mappings` and `/jskos/mappings` list.
struct MappingFilter: Sendable {
    var fromScheme: String?
    var toScheme: String?
    var fromConcepts: Set<String>?
    var toConcepts: Set<String>?
    var types: Set<MatchType>?

    init() {}

    /// `/api/mappings`: `from` and `to` name schemes, `type` a match type (`exactMatch` or its IRI).
    init(_ parameters: QueryParameters, catalog: Catalog) throws(Problem) {
        fromScheme = try parameters["from"].map { name throws(Problem) in try catalog.resolveScheme(name, parameter: "from") }
        toScheme = try parameters["to"].map { name throws(Problem) in try catalog.resolveScheme(name, parameter: "to") }
        types = try parameters["type"].map { text throws(Problem) in try Self.types(text) }
    }

    /// Match types separated by `|`, by name (`exactMatch`, `exact`) or SKOS IRI.
    static func types(_ text: String) throws(Problem) -> Set<MatchType> {
        var result = Set<MatchType>()
        for part in text.split(separator: "|").map(String.init) {
            let type = MatchType(rawValue: part) ?? MatchType(property: part) ?? MatchType(rawValue: part + "Match")
            guard let type else {
                throw .badRequest("parameter 'type' must name SKOS match types: exactMatch, closeMatch, broadMatch, narrowMatch, relatedMatch (or their IRIs)", parameter: "type")
            }
            result.insert(type)
        }
        return result
    }
}

/// `limit` and `offset`, as jskos-server reads them.
struct Page: Sendable {
    let limit: Int
    let offset: Int

    init(_ parameters: QueryParameters, defaultLimit: Int) throws(Problem) {
        limit = try parameters.integer("limit", in: 1...1000, default: defaultLimit)
        offset = try parameters.integer("offset", in: 0...1_000_000, default: 0)
    }

    func slice<T>(_ items: [T]) -> ArraySlice<T> {
        guard offset < items.count else { return [] }
        return items[offset..<min(items.count, offset + limit)]
    }

    /// `X-Total-Count`, as jskos-server sends it.
    func headers(total: Int) -> HTTPFields {
        [.totalCount: String(total)]
    }
}

extension Catalog {
    /// The scheme a parameter names.
    /// - Throws: ``Problem`` naming the known schemes.
    func resolveScheme(_ name: String, parameter: String) throws(Problem) -> String {
        do {
            return try vocabulary.resolveScheme(name)
        } catch {
            throw .badRequest("parameter '\(parameter)': \(error.description)", parameter: parameter)
        }
    }

    /// The reports of a translation, as `vaktaal translate --format json` prints them.
    func translate(_ request: TranslationRequest) -> [TranslationReport] {
        // Both schemes are resolved IRIs and differ (TranslationRequest checks), so the
        // translator's scheme errors cannot occur here.
        let translations = (try? translator.translate(request.need, to: request.target, from: request.source, limit: request.limit)) ?? []
        return translations.map { TranslationReport($0, term: request.need, in: vocabulary, objectLabels: objectLabels) }
    }

    /// The mappings a filter lets through, in source order.
    func mappings(matching filter: MappingFilter) -> [Mapping] {
        let candidates: [Mapping]
        if let subjects = filter.fromConcepts {
            candidates = subjects.sorted().flatMap { outgoing[$0] ?? [] }
        } else {
            candidates = vocabulary.mappings
        }
        return candidates.filter { mapping in
            (filter.toConcepts?.contains(mapping.object) ?? true)
                && (filter.types?.contains(mapping.type) ?? true)
                && (filter.fromScheme.map { concept(mapping.subject, isIn: $0) } ?? true)
                && (filter.toScheme.map { concept(mapping.object, isIn: $0) } ?? true)
        }
    }
}

extension HTTPField.Name {
    /// The total number of results a paged answer holds.
    static let totalCount = HTTPField.Name("X-Total-Count")!
}
