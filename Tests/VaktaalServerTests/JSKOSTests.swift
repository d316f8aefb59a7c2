import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VaktaalServer

/// The jskos-server-shaped endpoints under `/jskos`.
@Suite struct JSKOSTests {
    static let hub = "https://data.vaktaal.nl/hub"
    static let it057 = "https://data.vaktaal.nl/installatietechniek/IT-057"
    static let mb021 = "https://data.vaktaal.nl/metaal/MB-021"

    @Test func vocListsSchemesWithTotal() async throws {
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, "/jskos/voc")
            #expect(response.status == .ok)
            #expect(response.mediaType == "application/json")
            let schemes = try #require(try response.json() as? [[String: Any]])
            #expect(response.headers[.init("X-Total-Count")!] == String(schemes.count))
            #expect(response.headers[.accessControlAllowOrigin] == "*")
            #expect(response.headers[.accessControlExposeHeaders] == "X-Total-Count")
            #expect(schemes.contains { $0["uri"] as? String == Self.hub })
            #expect(schemes.allSatisfy { $0["@context"] as? String == "https://gbv.github.io/jskos/context.json" })
            let one = try await ServerFixture.get(client, "/jskos/voc?uri=" + Self.hub)
            #expect((try one.json() as? [Any])?.count == 1)
        }
    }

    @Test func conceptsTakeSeveralURIs() async throws {
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, "/jskos/concepts?uri=\(Self.it057)%7C\(Self.mb021)")
            let concepts = try #require(try response.json() as? [[String: Any]])
            #expect(concepts.map { $0["uri"] as? String } == [Self.it057, Self.mb021])
            let first = concepts[0]
            #expect((first["prefLabel"] as? [String: String])?["nl"] == "hardsolderen van koperleidingen")
            #expect(first["notation"] as? [String] == ["IT-057"])
            #expect(first["narrower"] as? [Any] != nil)
            #expect((first["inScheme"] as? [[String: Any]])?.first?["uri"] as? String == "https://data.vaktaal.nl/installatietechniek")
            let unknown = try await ServerFixture.get(client, "/jskos/concepts?uri=https://example.org/none")
            #expect(unknown.text.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        }
    }

    @Test func limitAndOffsetPageWithTotalCount() async throws {
        try await ServerFixture.withClient { client in
            let all = try await ServerFixture.get(client, "/jskos/voc/concepts?uri=\(Self.hub)&limit=1000")
            let every = try #require(try all.json() as? [[String: Any]])
            let total = try #require(all.headers[.init("X-Total-Count")!].flatMap { Int($0) })
            #expect(total == every.count && total > 20)
            let page = try await ServerFixture.get(client, "/jskos/voc/concepts?uri=\(Self.hub)&limit=3&offset=2")
            let rows = try #require(try page.json() as? [[String: Any]])
            #expect(page.headers[.init("X-Total-Count")!] == String(total))
            #expect(rows.map { $0["uri"] as? String } == every[2..<5].map { $0["uri"] as? String })
            let defaulted = try await ServerFixture.get(client, "/jskos/concepts")
            #expect((try defaulted.json() as? [Any])?.count == 100)
            let bad = try await ServerFixture.get(client, "/jskos/concepts?limit=-3")
            #expect(bad.status == .badRequest)
        }
    }

    @Test func topNarrowerAndAncestors() async throws {
        try await ServerFixture.withClient { client in
            let top = try await ServerFixture.get(client, "/jskos/voc/top?uri=" + Self.hub)
            let tops = try #require(try top.json() as? [[String: Any]])
            #expect(!tops.isEmpty && tops.allSatisfy { $0["broader"] == nil })
            let narrower = try await ServerFixture.get(client, "/jskos/narrower?uri=https://data.vaktaal.nl/hub/H01.02.02")
            let children = try #require(try narrower.json() as? [[String: Any]])
            #expect(children.contains { $0["uri"] as? String == "https://data.vaktaal.nl/hub/H01.02.02.01" })
            let ancestors = try await ServerFixture.get(client, "/jskos/ancestors?uri=https://data.vaktaal.nl/hub/H01.02.02.01")
            let chain = try #require(try ancestors.json() as? [[String: Any]])
            #expect(chain.last?["uri"] as? String == "https://data.vaktaal.nl/hub/H01.02.02")
            #expect(chain.first?["uri"] as? String == "https://data.vaktaal.nl/hub/H01")
            let alias = try await ServerFixture.get(client, "/jskos/concepts/ancestors?uri=https://data.vaktaal.nl/hub/H01.02.02.01")
            #expect(alias.text == ancestors.text)
            let missing = try await ServerFixture.get(client, "/jskos/narrower")
            #expect(missing.status == .badRequest)
            #expect(missing.mediaType == "application/problem+json")
        }
    }

    @Test func suggestIsOpenSearch() async throws {
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, "/jskos/suggest?search=hardsoldren&voc=installatietechniek&limit=3")
            let body = try #require(try response.json() as? [Any])
            #expect(body.count == 4)
            #expect(body[0] as? String == "hardsoldren")
            let labels = try #require(body[1] as? [String])
            let uris = try #require(body[3] as? [String])
            #expect(labels.count == uris.count && (body[2] as? [String])?.count == uris.count && labels.count <= 3)
            #expect(uris.contains(Self.it057))
            #expect(labels.contains("IT-057 hardsolderen van koperleidingen"))
            #expect(response.headers[.init("X-Total-Count")!].flatMap { Int($0) } ?? 0 >= labels.count)
        }
    }

    @Test func searchGivesConcepts() async throws {
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, "/jskos/search?search=frezen&limit=5")
            let concepts = try #require(try response.json() as? [[String: Any]])
            #expect(concepts.first.flatMap { ($0["prefLabel"] as? [String: String])?["nl"] } == "frezen")
        }
    }

    @Test func mappingsHaveMemberSetsAndType() async throws {
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, "/jskos/mappings?from=IT-057")
            let mappings = try #require(try response.json() as? [[String: Any]])
            #expect(!mappings.isEmpty)
            let first = mappings[0]
            let from = (first["from"] as? [String: Any])?["memberSet"] as? [[String: Any]]
            #expect(from?.first?["uri"] as? String == Self.it057)
            #expect(((first["to"] as? [String: Any])?["memberSet"] as? [[String: Any]])?.first?["uri"] as? String == "https://data.vaktaal.nl/hub/H01.02.02.01")
            #expect(first["type"] as? [String] == ["http://www.w3.org/2004/02/skos/core#exactMatch"])
            let backward = try await ServerFixture.get(client, "/jskos/mappings?to=\(Self.it057)&direction=backward")
            #expect(backward.text == response.text)
            let typed = try await ServerFixture.get(client, "/jskos/mappings?fromScheme=metaal&type=http://www.w3.org/2004/02/skos/core%23broadMatch&limit=1000")
            let broad = try #require(try typed.json() as? [[String: Any]])
            #expect(!broad.isEmpty && broad.allSatisfy { $0["type"] as? [String] == ["http://www.w3.org/2004/02/skos/core#broadMatch"] })
            #expect(typed.headers[.init("X-Total-Count")!] == String(broad.count))
        }
    }
}
