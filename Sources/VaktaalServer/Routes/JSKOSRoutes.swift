import HTTPTypes
import Hummingbird
import VaktaalFormats
import VaktaalModel

/// jskos-server-shaped read-only endpoints under `/jskos`, so that coli-conc tools (Cocoda) can
/// use Vaktaal as a terminology and mapping provider. Parameters and shapes follow jskos-server's
/// README: `uri` lists several values separated by `|`, lists take `limit` (default 100) and
/// `offset` and carry the total in `X-Total-Count`; unknown URIs filter to `[]`.
struct JSKOSRoutes: Sendable {
    let catalog: Catalog

    func add(to router: Router<some RequestContext>) {
        let group = router.group("jskos")
        group.get("status") { _, _ in try status() }
        group.get("voc") { request, _ in try schemes(request) }
        group.get("voc/top") { request, _ in try top(request) }
        group.get("voc/concepts") { request, _ in try schemeConcepts(request) }
        group.get("concepts") { request, _ in try concepts(request) }
        for prefix in ["", "concepts/"] {
            group.get(RouterPath(prefix + "narrower")) { request, _ in try narrower(request) }
            group.get(RouterPath(prefix + "ancestors")) { request, _ in try ancestors(request) }
            group.get(RouterPath(prefix + "search")) { request, _ in try search(request) }
            group.get(RouterPath(prefix + "suggest")) { request, _ in try suggest(request) }
        }
        group.get("mappings") { request, _ in try mappings(request) }
    }

    /// `GET /jskos/status`: which endpoints exist, as jskos-server announces them to Cocoda.
    func status() throws -> Response {
        let endpoints = ["schemes": "voc", "top": "voc/top", "concepts": "voc/concepts", "data": "concepts", "narrower": "concepts/narrower",
                         "ancestors": "concepts/ancestors", "suggest": "concepts/suggest", "search": "concepts/search", "mappings": "mappings"]
        var document: [String: AnyEncodable] = ["ok": AnyEncodable(1), "title": AnyEncodable("Vaktaal")]
        for (name, path) in endpoints { document[name] = AnyEncodable("/jskos/" + path) }
        return Responses.json(try JSONOutput.string(document))
    }

    /// `GET /jskos/voc?uri=`: concept schemes.
    func schemes(_ request: Request) throws -> Response {
        let parameters = try request.parameters()
        let page = try Page(parameters, defaultLimit: 100)
        var schemes = catalog.vocabulary.schemes
        if let uris = parameters["uri"].map(Self.split) { schemes = schemes.filter { uris.contains($0.iri) } }
        return Self.json(ConceptDocuments.jskosSchemes(Array(page.slice(schemes))), page: page, total: schemes.count)
    }

    /// `GET /jskos/voc/top?uri=`: the top concepts of a scheme (of every scheme without `uri`).
    func top(_ request: Request) throws -> Response {
        let parameters = try request.parameters()
        let schemes = parameters["uri"].map(Self.split) ?? Set(catalog.vocabulary.schemes.map(\.iri))
        let tops = catalog.vocabulary.concepts.filter { concept in
            catalog.vocabulary.schemes(of: concept).contains(where: schemes.contains) && catalog.isTop(concept)
        }
        return try conceptList(tops, parameters)
    }

    /// `GET /jskos/voc/concepts?uri=`: every concept of a scheme.
    func schemeConcepts(_ request: Request) throws -> Response {
        let parameters = try request.parameters()
        let scheme = try parameters.required("uri")
        return try conceptList(catalog.vocabulary.concepts.filter { catalog.vocabulary.schemes(of: $0).contains(scheme) }, parameters)
    }

    /// `GET /jskos/concepts?uri=a|b&notation=&voc=`: concepts by URI or notation.
    func concepts(_ request: Request) throws -> Response {
        let parameters = try request.parameters()
        var found: [Concept] = []
        if let uris = parameters["uri"] {
            found += uris.split(separator: "|").compactMap { catalog.vocabulary.concept(String($0)) }
        }
        if let notations = parameters["notation"].map(Self.split) {
            found += catalog.vocabulary.concepts.filter { $0.notations.contains { notations.contains($0.lexicalForm) } }
        }
        if parameters["uri"] == nil && parameters["notation"] == nil {
            found = catalog.vocabulary.concepts
        }
        return try conceptList(found, parameters)
    }

    /// `GET /jskos/narrower?uri=`: the narrower concepts of a concept.
    func narrower(_ request: Request) throws -> Response {
        let parameters = try request.parameters()
        let uri = try parameters.required("uri")
        return try conceptList((catalog.hierarchy.narrower[uri] ?? []).compactMap(catalog.vocabulary.concept), parameters)
    }

    /// `GET /jskos/ancestors?uri=`: the broader concepts of a concept, transitively, top first.
    func ancestors(_ request: Request) throws -> Response {
        let parameters = try request.parameters()
        let uri = try parameters.required("uri")
        return try conceptList(catalog.hierarchy.ancestors(of: uri).reversed().compactMap(catalog.vocabulary.concept), parameters)
    }

    /// `GET /jskos/search?search=&voc=`: JSKOS concepts whose labels or notation match, best first.
    func search(_ request: Request) throws -> Response {
        let parameters = try request.parameters()
        return try conceptList(try matches(parameters).compactMap { catalog.vocabulary.concept($0.concept) }, parameters)
    }

    /// `GET /jskos/suggest?search=&voc=`: OpenSearch Suggestions `[query, [labels],
    /// [descriptions], [uris]]` (labels as "notation prefLabel", descriptions the scheme); with
    /// `format=jskos` the same as search.
    func suggest(_ request: Request) throws -> Response {
        let parameters = try request.parameters()
        if let format = parameters["format"], format != "opensearch" {
            guard format == "jskos" else { throw Problem.badRequest("parameter 'format' must be opensearch or jskos", parameter: "format") }
            return try search(request)
        }
        let query = try parameters.required("search")
        let page = try Page(parameters, defaultLimit: 100)
        let found = try matches(parameters)
        let shown = page.slice(found).compactMap { match in catalog.vocabulary.concept(match.concept).map { (match, $0) } }
        let labels = shown.map { match, concept in
            [concept.notations.first?.lexicalForm, concept.prefLabel(match.language ?? "nl")].compactMap { $0 }.joined(separator: " ")
        }
        let descriptions = shown.map { _, concept in
            catalog.schemeOf[concept.iri].flatMap { catalog.vocabulary.scheme($0)?.name("nl") } ?? ""
        }
        let body = try JSONOutput.string([AnyEncodable(query), AnyEncodable(labels), AnyEncodable(descriptions), AnyEncodable(shown.map(\.1.iri))])
        return Responses.json(body, headers: page.headers(total: found.count))
    }

    /// `GET /jskos/mappings?from=&to=&type=&fromScheme=&toScheme=&direction=`: JSKOS mappings.
    /// `from` and `to` are concept URIs or notations, `type` SKOS match type URIs, each list
    /// separated by `|`.
    func mappings(_ request: Request) throws -> Response {
        let parameters = try request.parameters()
        let page = try Page(parameters, defaultLimit: 100)
        var filter = MappingFilter()
        filter.fromConcepts = parameters["from"].map { concepts(named: $0) }
        filter.toConcepts = parameters["to"].map { concepts(named: $0) }
        filter.types = try parameters["type"].map { text throws(Problem) in try MappingFilter.types(text) }
        filter.fromScheme = try parameters["fromScheme"].map { name throws(Problem) in try catalog.resolveScheme(name, parameter: "fromScheme") }
        filter.toScheme = try parameters["toScheme"].map { name throws(Problem) in try catalog.resolveScheme(name, parameter: "toScheme") }
        var found: [Mapping]
        switch parameters["direction"] ?? "forward" {
        case "forward": found = catalog.mappings(matching: filter)
        case "backward": found = catalog.mappings(matching: filter.reversed)
        case "both": found = catalog.mappings(matching: filter) + catalog.mappings(matching: filter.reversed)
        default: throw Problem.badRequest("parameter 'direction' must be forward, backward or both", parameter: "direction")
        }
        let body = ConceptDocuments.jskosMappings(Array(page.slice(found)), in: catalog.vocabulary)
        return Self.json(body, page: page, total: found.count)
    }

    // MARK: - Helpers

    private func matches(_ parameters: QueryParameters) throws -> [LookupMatch] {
        let query = try parameters.required("search")
        let schemes = try parameters["voc"].map { Set([try catalog.resolveScheme($0, parameter: "voc")]) }
        // `language` at jskos-server names the languages wanted in labels, not a filter.
        return catalog.index.lookup(query, schemes: schemes, language: nil, limit: 1000)
    }

    private func conceptList(_ concepts: [Concept], _ parameters: QueryParameters) throws -> Response {
        let page = try Page(parameters, defaultLimit: 100)
        let properties = Set((parameters["properties"] ?? "").split(separator: ",").map { String($0).trimmingWhitespace() })
        let shown = Array(page.slice(concepts))
        var ancestors: [String: [String]]?
        if properties.contains("ancestors") || properties.contains("*") {
            ancestors = Dictionary(shown.map { ($0.iri, Array(catalog.hierarchy.ancestors(of: $0.iri).reversed())) }, uniquingKeysWith: { first, _ in first })
        }
        let body = ConceptDocuments.jskosConcepts(shown, extraTriples: catalog.extraTriples, narrower: catalog.hierarchy.narrower, ancestors: ancestors)
        return Self.json(body, page: page, total: concepts.count)
    }

    /// Concept URIs for URIs or notations separated by `|`.
    private func concepts(named list: String) -> Set<String> {
        var result = Set<String>()
        for key in list.split(separator: "|").map(String.init) {
            if catalog.vocabulary.concept(key) != nil || key.contains("://") { result.insert(key); continue }
            result.formUnion(catalog.concepts(named: key).map(\.iri))
        }
        return result
    }

    private static func split(_ list: String) -> Set<String> {
        Set(list.split(separator: "|").map(String.init))
    }

    private static func json(_ bytes: [UInt8], page: Page, total: Int) -> Response {
        Responses.bytes(bytes, contentType: "application/json; charset=utf-8", headers: page.headers(total: total))
    }
}

extension MappingFilter {
    /// The filter read backwards (`direction=backward`).
    var reversed: MappingFilter {
        var filter = self
        (filter.fromConcepts, filter.toConcepts) = (toConcepts, fromConcepts)
        (filter.fromScheme, filter.toScheme) = (toScheme, fromScheme)
        return filter
    }
}

extension Catalog {
    /// Whether a concept is at the top of its scheme: a top concept, or without broader ones.
    func isTop(_ concept: Concept) -> Bool {
        !concept.topConceptOf.isEmpty || (hierarchy.broader[concept.iri] ?? []).isEmpty
    }
}
