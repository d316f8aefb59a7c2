import HTTPTypes
import Hummingbird
import VaktaalFormats
import VaktaalModel

/// Vaktaal's own JSON API under `/api`: the same JSON as the CLI's `--format json`.
struct APIRoutes: Sendable {
    let catalog: Catalog

    func add(to router: Router<some RequestContext>) {
        let group = router.group("api")
        group.get("lookup") { request, _ in try lookup(request) }
        group.get("translate") { request, _ in try translate(request) }
        group.get("concepts/**") { request, _ in try concept(request) }
        group.get("schemes") { _, _ in try schemes() }
        group.get("mappings") { request, _ in try mappings(request) }
        group.get("stats") { _, _ in Responses.json(try JSONOutput.string(catalog.statistics)) }
    }

    /// `GET /api/lookup?q=&lang=&scheme=&limit=`: `vaktaal lookup --format json`; `[]` when
    /// nothing matches.
    func lookup(_ request: Request) throws -> Response {
        let parameters = try request.parameters()
        let query = try parameters.required("q")
        let language = try parameters.language()
        let schemes = try parameters["scheme"].map { Set([try catalog.resolveScheme($0, parameter: "scheme")]) }
        let limit = try parameters.integer("limit", in: 1...1000, default: 10)
        let results = catalog.index.lookup(query, schemes: schemes, language: language, limit: limit)
        return Responses.json(try JSONOutput.string(results.map { LookupReport($0, in: catalog.vocabulary) }))
    }

    /// `GET /api/translate?q=&from=&to=&limit=`: `vaktaal translate --format json`, paths
    /// included; `[]` when nothing in the target relates to the need.
    func translate(_ request: Request) throws -> Response {
        let parameters = try request.parameters()
        let translation = try TranslationRequest(parameters, catalog: catalog)
        return Responses.json(try JSONOutput.string(catalog.translate(translation)))
    }

    /// `GET /api/concepts/{IRI or notation}`: `vaktaal show --format json` (one object, or an
    /// array when a notation names several concepts).
    func concept(_ request: Request) throws -> Response {
        let parameters = try request.parameters()
        let language = try parameters.language() ?? "nl"
        let key = try ConceptPath.key(request.uri.path, prefix: "/api/concepts/")
        let found = catalog.concepts(named: key)
        guard !found.isEmpty else { throw Problem.notFound("no concept with IRI, notation or preferred label '\(key)'") }
        let reports = found.map { ConceptReport($0, in: catalog.vocabulary, hierarchy: catalog.hierarchy, language: language, objectLabels: catalog.objectLabels) }
        return Responses.json(try JSONOutput.string(reports.count == 1 ? AnyEncodable(reports[0]) : AnyEncodable(reports)))
    }

    /// `GET /api/schemes`: the loaded schemes with their counts.
    func schemes() throws -> Response {
        let counts = Dictionary(catalog.statistics.perScheme.map { ($0.iri, $0) }, uniquingKeysWith: { first, _ in first })
        let reports = catalog.vocabulary.schemes.map { scheme in
            SchemeReport(iri: scheme.iri, shortName: SchemeName.shortName(of: scheme.iri), name: scheme.name("nl"),
                         notation: scheme.notations.first?.lexicalForm, concepts: counts[scheme.iri]?.concepts ?? 0,
                         topConcepts: counts[scheme.iri]?.topConcepts ?? 0)
        }
        return Responses.json(try JSONOutput.string(reports))
    }

    /// `GET /api/mappings?from=&to=&type=&limit=&offset=`: mappings between two schemes, with
    /// their provenance; the total in `X-Total-Count`.
    func mappings(_ request: Request) throws -> Response {
        let parameters = try request.parameters()
        let filter = try MappingFilter(parameters, catalog: catalog)
        let page = try Page(parameters, defaultLimit: 100)
        let found = catalog.mappings(matching: filter)
        let reports = page.slice(found).map { MappingReport($0, catalog: catalog) }
        return Responses.json(try JSONOutput.string(reports), headers: page.headers(total: found.count))
    }
}

/// A scheme in `GET /api/schemes`.
struct SchemeReport: Encodable, Sendable {
    // Absent values are written as null, so that every key is always there.
    let iri: String
    let shortName: String
    @NullWhenAbsent var name: String?
    @NullWhenAbsent var notation: String?
    let concepts: Int
    let topConcepts: Int
}

/// A mapping in `GET /api/mappings`: both concepts named, the relation and its provenance.
struct MappingReport: Encodable, Sendable {
    let subject: TranslationReport.Concept
    let type: String
    let object: TranslationReport.Concept
    // Absent values are written as null, so that every key is always there.
    @NullWhenAbsent var confidence: Double?
    @NullWhenAbsent var justification: String?
    @NullWhenAbsent var mappingSet: String?
    let authors: [String]
    @NullWhenAbsent var date: String?
    @NullWhenAbsent var comment: String?

    init(_ mapping: Mapping, catalog: Catalog) {
        subject = catalog.reference(mapping.subject)
        type = mapping.type.rawValue
        object = catalog.reference(mapping.object)
        confidence = mapping.confidence
        justification = mapping.justification
        mappingSet = mapping.mappingSet
        authors = mapping.authors
        date = mapping.date?.lexicalForm
        comment = mapping.comment?.value
    }
}
