import VaktaalModel

/// How one JSKOS field maps to RDF, following the JSKOS JSON-LD context
/// (<https://gbv.github.io/jskos/context.json>).
enum JSKOSField: Sendable, Equatable {
    /// `uri`: the node's IRI (`@id`).
    case uri
    /// `type`: `rdf:type` IRIs.
    case type
    /// A property whose string values are IRIs (`"@type": "@id"`).
    case iri(String)
    /// A property whose values are strings, numbers, booleans or nested resources.
    case value(String)
    /// A set of resources (`broader`, `inScheme`, `creator` …): an array of objects, `null`
    /// standing for unknown further members.
    case resources(String)
    /// A property whose values JSKOS restricts to strings (`notation`, `version`, …).
    case strings(String)
    /// A property whose value JSKOS restricts to `true` or `false` (`deprecated`).
    case boolean(String)
    /// `created`, `issued`, `modified`: a date string, typed by its shape.
    case date(String)
    /// A language map (`"@container": "@language"`) of lists of strings (`altLabel`, notes).
    case languageMap(String)
    /// A language map of one string per language (`prefLabel`).
    case languageString(String)
    /// A reverse property (`@reverse`): nested resources point at this one.
    case reverse(String)
    /// An ordered list (`"@container": "@list"`): an RDF collection.
    case list(String)
    /// A JSON literal (`"@type": "@json"`).
    case json(String)
    /// A qualified map (`@nest`): keys are property IRIs, values arrays of qualified values.
    case nest
    /// `literal` of a qualified literal: `{"string": …, "language": …}` as `skosxl:literalForm`.
    case literal
    /// `mappings`: JSKOS concept mappings (they are read as mappings, not as values).
    case mappings
    /// A JSKOS field the context gives no RDF meaning; JSON-LD drops it, and so does Vaktaal.
    case ignored
}

/// The JSKOS JSON-LD context as a table, plus the namespaces it uses.
enum JSKOSContext {
    /// The URL of the JSKOS JSON-LD context, written as `@context`.
    static let url = "https://gbv.github.io/jskos/context.json"

    static let schema = "http://schema.org/"
    static let void = "http://rdfs.org/ns/void#"
    static let dcat = "http://www.w3.org/ns/dcat#"
    static let spdx = "http://spdx.org/rdf/terms#"
    static let xkos = "http://rdf-vocabulary.ddialliance.org/xkos#"
    static let mads = "http://www.loc.gov/mads/rdf/v1#"

    /// The field for a key, or nil when JSKOS does not define it.
    static func field(_ key: String) -> JSKOSField? { fields[key] }

    /// Whether a key is a custom field, which JSKOS reserves for applications: it starts with `_`
    /// or consists of upper-case letters and digits only.
    static func isCustom(_ key: String) -> Bool {
        if key.hasPrefix("_") { return true }
        return !key.isEmpty && key.utf8.allSatisfy { (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) }
    }

    private static let dcterms = Namespace.dcterms
    private static let skos = Namespace.skos

    private static let fields: [String: JSKOSField] = {
        var table: [String: JSKOSField] = [
            "uri": .uri, "type": .type, "literal": .literal, "mappings": .mappings,
            "qualifiedRelations": .nest, "qualifiedLiterals": .nest, "qualifiedDates": .nest,
            "created": .date(dcterms + "created"), "issued": .date(dcterms + "issued"),
            "modified": .date(dcterms + "modified"),
            "url": .iri(Namespace.foaf + "page"), "depiction": .iri(Namespace.foaf + "depiction"),
            "justification": .iri(Namespace.sssom + "mapping_justification"),
            "subjectOf": .reverse(dcterms + "subject"), "concepts": .reverse(skos + "inScheme"),
            "memberList": .list(mads + "componentList"),
            "location": .json("http://www.opengis.net/ont/geosparql#asGeoJSON"),
        ]
        for name in ["prefLabel", "altLabel", "hiddenLabel"] + NoteKind.allCases.map(\.rawValue) {
            table[name] = .languageMap(skos + name)
        }
        for (name, property) in valueProperties { table[name] = .value(property) }
        for name in resourceSetFields { if case .value(let property) = table[name] { table[name] = .resources(property) } }
        table["prefLabel"] = .languageString(skos + "prefLabel")
        for name in stringFields { if case .value(let property) = table[name] { table[name] = .strings(property) } }
        table["deprecated"] = .boolean(Namespace.owl + "deprecated")
        for name in ignoredFields { table[name] = .ignored }
        return table
    }()

    private static let valueProperties: [String: String] = [
        "creator": dcterms + "creator", "contributor": dcterms + "contributor",
        "publisher": dcterms + "publisher", "partOf": dcterms + "isPartOf",
        "identifier": dcterms + "identifier", "subject": dcterms + "subject", "source": dcterms + "source",
        "versionOf": dcterms + "isVersionOf", "extent": dcterms + "extent", "languages": dcterms + "language",
        "license": dcterms + "license", "replacedBy": dcterms + "isReplacedBy", "format": dcterms + "format",
        "guidelines": dcterms + "conformsTo", "api": dcterms + "conformsTo",
        "notation": skos + "notation", "narrower": skos + "narrower", "broader": skos + "broader",
        "related": skos + "related", "ancestors": skos + "broaderTransitive", "inScheme": skos + "inScheme",
        "topConceptOf": skos + "topConceptOf", "topConcepts": skos + "hasTopConcept",
        "memberSet": skos + "member", "memberChoice": skos + "member",
        "previous": xkos + "previous", "next": xkos + "next",
        "place": schema + "location", "startPlace": schema + "fromLocation", "endPlace": schema + "toLocation",
        "startDate": schema + "startDate", "endDate": schema + "endDate",
        "relatedDate": Namespace.rdfs + "seeAlso", "relatedDates": Namespace.rdfs + "seeAlso",
        "address": schema + "address", "street": schema + "streetAddress", "ext": schema + "streetAddress",
        "pobox": schema + "postOfficeBoxNumber", "locality": schema + "addressLocality",
        "region": schema + "addressRegion", "code": schema + "postalCode", "country": schema + "addressCountry",
        "deprecated": Namespace.owl + "deprecated", "version": Namespace.owl + "versionInfo",
        "namespace": void + "uriSpace", "uriPattern": void + "voidRegexPattern",
        "fromScheme": void + "subjectsTarget", "toScheme": void + "objectsTarget", "count": void + "entities",
        "distributions": dcat + "distribution", "services": dcat + "accessService",
        "download": dcat + "downloadURL", "accessURL": dcat + "accessURL", "mimetype": dcat + "mediaType",
        "packageFormat": dcat + "packageFormat", "compressFormat": dcat + "compressFormat",
        "size": dcat + "byteSize", "endpoint": dcat + "endpointURL", "serves": dcat + "servesDataset",
        "checksum": spdx + "checksum", "value": spdx + "checksumValue",
        "resource": Namespace.rdf + "object", "date": Namespace.rdf + "object",
        "rank": "http://wikiba.se/ontology#rank", "tool": Namespace.sssom + "mapping_tool",
        "issue": "http://www.w3.org/2005/01/wf/flow#task", "issueTracker": schema + "discussionUrl",
    ]

    /// Fields JSKOS defines as sets of resources (concept, scheme or item sets): arrays of objects.
    private static let resourceSetFields = [
        "broader", "narrower", "related", "ancestors", "inScheme", "topConceptOf", "topConcepts",
        "memberSet", "memberChoice", "previous", "next", "creator", "contributor", "publisher", "source",
        "partOf", "subject", "replacedBy", "versionOf", "license", "guidelines",
    ]

    /// Fields JSKOS defines as strings or lists of strings.
    private static let stringFields = [
        "notation", "identifier", "languages", "version", "extent", "namespace", "uriPattern",
        "startDate", "endDate", "relatedDate", "relatedDates",
    ]

    /// JSKOS fields without an RDF mapping in the context. `media` is mapped there, but through the
    /// remote IIIF context, which Vaktaal does not fetch.
    private static let ignoredFields = [
        "media", "mappingRelevance", "memberRoles", "notationPattern", "notationExamples",
        "types", "occurrences", "database", "frequency", "relation", "schemes", "properties",
        "registries", "concordances", "annotations", "objectTypes", "basedOn", "algorithm",
    ]
}
