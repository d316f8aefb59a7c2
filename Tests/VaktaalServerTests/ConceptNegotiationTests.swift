import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VaktaalServer

/// `GET /concept?uri=` dereferences with content negotiation.
@Suite struct ConceptNegotiationTests {
    static let uri = "/concept?uri=https%3A%2F%2Fdata.vaktaal.nl%2Finstallatietechniek%2FIT-057"

    @Test(arguments: [
        ("text/html", "text/html", "<h1>IT-057 hardsolderen van koperleidingen</h1>"),
        ("application/json", "application/json", "\"uri\": \"https://data.vaktaal.nl/installatietechniek/IT-057\""),
        ("application/ld+json", "application/json", "\"@context\": \"https://gbv.github.io/jskos/context.json\""),
        ("application/rdf+xml", "application/rdf+xml", "rdf:about=\"https://data.vaktaal.nl/installatietechniek/IT-057\""),
        ("text/turtle", "text/turtle", "hardsolderen van koperleidingen\"@nl"),
        ("application/n-triples", "application/n-triples", "<https://data.vaktaal.nl/installatietechniek/IT-057> <http://www.w3.org/2004/02/skos/core#exactMatch> <https://data.vaktaal.nl/hub/H01.02.02.01> ."),
        ("text/turtle;q=0.5, application/rdf+xml;q=0.9", "application/rdf+xml", "<rdf:RDF"),
        ("*/*", "text/html", "<!DOCTYPE html>"),
        ("text/*", "text/html", "<!DOCTYPE html>"),
    ])
    func acceptSelectsRepresentation(accept: String, mediaType: String, excerpt: String) async throws {
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, Self.uri, headers: [.accept: accept])
            #expect(response.status == .ok)
            #expect(response.mediaType == mediaType)
            #expect(response.headers[.vary] == "Accept")
            #expect(response.text.contains(excerpt))
        }
    }

    @Test func formatParameterOverridesAccept() async throws {
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, Self.uri + "&format=nt", headers: [.accept: "text/html"])
            #expect(response.mediaType == "application/n-triples")
            let bad = try await ServerFixture.get(client, Self.uri + "&format=pdf")
            #expect(bad.status == .badRequest)
        }
    }

    @Test func unacceptableAndUnknown() async throws {
        try await ServerFixture.withClient { client in
            let image = try await ServerFixture.get(client, Self.uri, headers: [.accept: "image/png"])
            #expect(image.status == .notAcceptable)
            #expect(image.mediaType == "application/problem+json")
            let unknown = try await ServerFixture.get(client, "/concept?uri=https://example.org/none", headers: [.accept: "text/turtle"])
            #expect(unknown.status == .notFound)
            #expect(unknown.mediaType == "application/problem+json")
            let page = try await ServerFixture.get(client, "/concept?uri=https://example.org/none")
            #expect(page.status == .notFound)
            #expect(page.mediaType == "text/html")
            let missing = try await ServerFixture.get(client, "/concept")
            #expect(missing.status == .badRequest)
        }
    }
}
