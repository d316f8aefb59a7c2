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
    let iri: String
    let shortName: String
    let name: String?
    let notation: String?
    let concepts: Int
    let topConcepts: Int

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(iri, forKey: .iri)
        try container.encode(shortName, forKey: .shortName)
        try container.encode(name, forKey: .name)
        try container.encode(notation, forKey: .notation)
        try container.encode(concepts, forKey: .concepts)
        try container.encode(topConcepts, forKey: .topConcepts)
    }

    enum CodingKeys: String, CodingKey { case iri, shortName, name, notation, concepts, topConcepts }
}

/// A mapping in `GET /api/mappings`: both concepts named, the relation and its provenance.
struct MappingReport: Encodable, Sendable {
    let subject: TranslationReport.Concept
    let type: String
    let object: TranslationReport.Concept
    let confidence: Double?
    let justification: String?
    let mappingSet: String?
    let authors: [String]
    let date: String?
    let comment: String?

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

    enum CodingKeys: String, CodingKey { case subject, type, object, confidence, justification, mappingSet, authors, date, comment }

    /// Every key is written, null when absent.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(subject, forKey: .subject)
        try container.encode(type, forKey: .type)
        try container.encode(object, forKey: .object)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(justification, forKey: .justification)
        try container.encode(mappingSet, forKey: .mappingSet)
        try container.encode(authors, forKey: .authors)
        try container.encode(date, forKey: .date)
        try container.encode(comment, forKey: .comment)
    }
}
