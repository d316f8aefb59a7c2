import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VaktaalServer

/// `GET /openapi.json` describes the routes the server really has.
@Suite struct OpenAPITests {
    @Test func documentListsEveryRouteAndEachAnswers() async throws {
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, "/openapi.json")
            #expect(response.status == .ok)
            let document = try #require(try response.json() as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: Any])
            for path in ["/health", "/api/lookup", "/api/translate", "/api/concepts/{id}", "/api/schemes", "/api/mappings", "/api/stats",
                         "/jskos/voc", "/jskos/voc/top", "/jskos/concepts", "/jskos/narrower", "/jskos/ancestors", "/jskos/search",
                         "/jskos/suggest", "/jskos/mappings", "/concept", "/", "/translate"] {
                #expect(paths[path] != nil, "\(path) is not documented")
            }
            for path in paths.keys {
                let uri = path.replacingOccurrences(of: "{id}", with: "IT-057")
                let answer = try await ServerFixture.get(client, uri)
                #expect(answer.status != .notFound && answer.status != .internalServerError, "\(path) answered \(answer.status)")
            }
        }
    }
}
