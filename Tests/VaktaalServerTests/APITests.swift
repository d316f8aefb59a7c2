import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VaktaalModel
import VaktaalServer

/// `/health` and Vaktaal's own JSON API under `/api`.
@Suite struct APITests {
    @Test func healthAnswersOnceReady() async throws {
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, "/health")
            #expect(response.status == .ok)
            #expect(response.text == "ok\n")
        }
    }

    @Test func lookupFindsMisspeltTermInEveryScheme() async throws {
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, "/api/lookup?q=frezzen&limit=4")
            #expect(response.status == .ok)
            #expect(response.mediaType == "application/json")
            let rows = try #require(try response.json() as? [[String: Any]])
            #expect(rows.count == 4)
            #expect(rows.first?["prefLabel"] as? String == "frezen")
            #expect(rows.first?["match"] as? String == "fuzzy")
        }
    }

    @Test func lookupRestrictsToSchemeAndLanguage() async throws {
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, "/api/lookup?q=brazing+copper+pipes&lang=en&scheme=installatietechniek")
            let rows = try #require(try response.json() as? [[String: Any]])
            #expect(rows.first?["notation"] as? String == "IT-057")
            #expect(rows.first?["matchedLanguage"] as? String == "en")
            #expect(rows.allSatisfy { $0["scheme"] as? String == "https://data.vaktaal.nl/installatietechniek" })
        }
    }

    @Test func lookupWithoutMatchIsAnEmptyArray() async throws {
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, "/api/lookup?q=qqqxxyzz")
            #expect(response.status == .ok)
            #expect(response.text == "[\n\n]\n")
        }
    }

    @Test(arguments: [
        ("/api/lookup", "q"),
        ("/api/lookup?q=", "q"),
        ("/api/lookup?q=lassen&limit=0", "limit"),
        ("/api/lookup?q=lassen&limit=veel", "limit"),
        ("/api/lookup?q=lassen&scheme=bakkerij", "scheme"),
        ("/api/lookup?q=lassen&lang=n%3Cl", "lang"),
        ("/api/lookup?q=%ZZ", "q"),
        ("/api/lookup?q=%FF%FE", "q"),
        ("/api/translate?q=lassen", "to"),
        ("/api/translate?to=metaal", "q"),
        ("/api/translate?q=lassen&to=metaal&from=metaal", "to"),
        ("/api/translate?q=lassen&to=bakkerij", "to"),
        ("/api/mappings?type=sameAs", "type"),
        ("/api/mappings?offset=-1", "offset"),
    ])
    func badRequestsGetProblemDocuments(uri: String, parameter: String) async throws {
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, uri)
            #expect(response.status == .badRequest)
            #expect(response.mediaType == "application/problem+json")
            let problem = try #require(try response.json() as? [String: Any])
            #expect(problem["status"] as? Int == 400)
            #expect(problem["title"] as? String == "Bad Request")
            #expect(problem["parameter"] as? String == parameter)
            #expect((problem["detail"] as? String)?.isEmpty == false)
        }
    }

    @Test func controlCharactersAndEmptyIntegersAreRefused() async throws {
        try await ServerFixture.withClient { client in
            for uri in ["/api/lookup?q=a%09b", "/api/lookup?q=lassen&limit=", "/?lang=fr", "/?fragment=2"] {
                let response = try await ServerFixture.get(client, uri)
                #expect(response.status == .badRequest, "\(uri)")
            }
        }
    }

    @Test func overlongParameterIsRefused() async throws {
        try await ServerFixture.withClient { client in
            let long = String(repeating: "a", count: 1001)
            let response = try await ServerFixture.get(client, "/api/lookup?q=" + long)
            #expect(response.status == .badRequest)
            #expect(response.text.contains("longer than 1000"))
            let fits = try await ServerFixture.get(client, "/api/lookup?q=" + String(repeating: "a", count: 1000))
            #expect(fits.status == .ok)
        }
    }

    @Test func unknownPathAndMethodAreProblemsWithoutInternals() async throws {
        try await ServerFixture.withClient { client in
            let missing = try await ServerFixture.get(client, "/api/nothing")
            #expect(missing.status == .notFound)
            #expect(missing.mediaType == "application/problem+json")
            let post = try await client.execute(uri: "/api/lookup?q=lassen", method: .post)
            #expect(post.status == .methodNotAllowed)
            #expect(post.headers[.allow] == "GET, HEAD")
            #expect(post.mediaType == "application/problem+json")
            let head = try await client.execute(uri: "/api/lookup?q=lassen", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
        }
    }

    @Test func translateEqualsTheCLIJSON() async throws {
        let cli = try ServerFixture.cli(["translate", "hardsolderen koperleiding", "--from", "installatietechniek", "--to", "metaal", "--format", "json", "--limit", "3"])
        #expect(cli.status == 0)
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, "/api/translate?q=hardsolderen+koperleiding&from=installatietechniek&to=metaal&limit=3")
            #expect(response.status == .ok)
            #expect(response.text == cli.stdout)
            let rows = try #require(try response.json() as? [[String: Any]])
            #expect((rows.first?["target"] as? [String: Any])?["notation"] as? String == "MB-021")
            #expect((rows.first?["path"] as? [Any])?.count == 3)
        }
    }

    @Test func lookupEqualsTheCLIJSON() async throws {
        let cli = try ServerFixture.cli(["lookup", "koperleiding", "--limit", "3", "--format", "json"])
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, "/api/lookup?q=koperleiding&limit=3")
            #expect(response.text == cli.stdout)
        }
    }

    @Test func conceptByNotationAndByIRIEqualsShow() async throws {
        let cli = try ServerFixture.cli(["show", "IT-057", "--format", "json"])
        try await ServerFixture.withClient { client in
            let byNotation = try await ServerFixture.get(client, "/api/concepts/IT-057")
            #expect(byNotation.status == .ok)
            #expect(byNotation.text == cli.stdout)
            let encoded = try await ServerFixture.get(client, "/api/concepts/https%3A%2F%2Fdata.vaktaal.nl%2Finstallatietechniek%2FIT-057")
            #expect(encoded.text == cli.stdout)
            let plain = try await ServerFixture.get(client, "/api/concepts/https://data.vaktaal.nl/installatietechniek/IT-057")
            #expect(plain.text == cli.stdout)
        }
    }

    @Test func unknownConceptIs404() async throws {
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, "/api/concepts/XX-999")
            #expect(response.status == .notFound)
            #expect(response.mediaType == "application/problem+json")
        }
    }

    @Test func schemesListsHubAndSectors() async throws {
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, "/api/schemes")
            let rows = try #require(try response.json() as? [[String: Any]])
            let names = Set(rows.compactMap { $0["shortName"] as? String })
            #expect(names.isSuperset(of: ["hub", "metaal", "metalektro", "installatietechniek"]))
            #expect(rows.allSatisfy { ($0["concepts"] as? Int ?? 0) > 0 })
        }
    }

    @Test func mappingsFilterAndPage() async throws {
        try await ServerFixture.withClient { client in
            let all = try await ServerFixture.get(client, "/api/mappings?from=installatietechniek&to=hub&type=exactMatch&limit=1000")
            let total = try #require(all.headers[.init("X-Total-Count")!].flatMap { Int($0) })
            let rows = try #require(try all.json() as? [[String: Any]])
            #expect(total > 10 && rows.count == total)
            #expect(rows.allSatisfy { $0["type"] as? String == "exactMatch" })
            #expect(rows.allSatisfy { (($0["subject"] as? [String: Any])?["scheme"] as? String)?.hasSuffix("/installatietechniek") == true })
            let page = try await ServerFixture.get(client, "/api/mappings?from=installatietechniek&to=hub&type=exactMatch&limit=5&offset=5")
            let pageRows = try #require(try page.json() as? [[String: Any]])
            #expect(page.headers[.init("X-Total-Count")!] == String(total))
            #expect(pageRows.count == 5)
            #expect(NSDictionary(dictionary: pageRows[0]) == NSDictionary(dictionary: rows[5]))
        }
    }

    @Test func statsCountsConcepts() async throws {
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, "/api/stats")
            let stats = try #require(try response.json() as? [String: Any])
            #expect(stats["concepts"] as? Int == ServerFixture.catalog.vocabulary.concepts.count)
        }
    }
}
