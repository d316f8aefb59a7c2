import HTTPTypes
import Hummingbird
import VaktaalFormats
import VaktaalModel

/// `GET /concept?uri=`: a concept IRI dereferenced with content negotiation: the page
/// (text/html), JSKOS (application/json), RDF/XML, Turtle or N-Triples, by `Accept` or by
/// `format=html|json|rdf|ttl|nt`.
struct ConceptRoutes: Sendable {
    let catalog: Catalog

    func add(to router: Router<some RequestContext>) {
        router.get("concept") { request, _ in try concept(request) }
    }

    func concept(_ request: Request) throws -> Response {
        let parameters = try request.parameters()
        let format: ConceptFormat
        if let name = parameters["format"] {
            guard let named = ConceptFormat(parameter: name) else {
                throw Problem.badRequest("parameter 'format' must be html, json, rdf, ttl or nt", parameter: "format")
            }
            format = named
        } else {
            guard let negotiated = ConceptFormat.negotiate(request.headers[.accept]) else {
                throw Problem.notAcceptable("this resource is available as text/html, application/json (JSKOS), application/rdf+xml, text/turtle and application/n-triples")
            }
            format = negotiated
        }
        if format == .html { return try PageRoutes(catalog: catalog).conceptPage(request, parameters: parameters) }
        let key = try parameters.required("uri")
        guard let concept = catalog.concepts(named: key).first else {
            throw Problem.notFound("no concept with IRI or notation '\(key)'")
        }
        var response = try representation(of: concept, as: format)
        response.headers[.vary] = "Accept"
        return response
    }

    private func representation(of concept: Concept, as format: ConceptFormat) throws -> Response {
        if format == .jskos {
            let body = ConceptDocuments.jskosConcept(concept, extraTriples: catalog.extraTriples, narrower: catalog.hierarchy.narrower)
            return Responses.bytes(body, contentType: "application/json; charset=utf-8")
        }
        let graph = ConceptDocuments.graph(of: concept, mappings: catalog.outgoing[concept.iri] ?? [],
                                           extraTriples: catalog.extraTriples[concept.iri] ?? [], prefixes: catalog.vocabulary.prefixes)
        switch format {
        case .rdfXML: return Responses.bytes(try ConceptDocuments.rdfXML(graph), contentType: "application/rdf+xml; charset=utf-8")
        case .turtle: return Responses.text(ConceptDocuments.turtle(graph), contentType: "text/turtle")
        default: return Responses.text(ConceptDocuments.nTriples(graph), contentType: "application/n-triples")
        }
    }
}
