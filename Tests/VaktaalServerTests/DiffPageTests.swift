import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VaktaalServer

/// `GET /diff` and `POST /diff`: two uploaded versions, the Markdown diff rendered.
@Suite struct DiffPageTests {
    static let old = """
    @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    <https://example.org/s> a skos:ConceptScheme .
    <https://example.org/c1> a skos:Concept ; skos:inScheme <https://example.org/s> ; skos:prefLabel "lassen"@nl .
    <https://example.org/c2> a skos:Concept ; skos:inScheme <https://example.org/s> ; skos:prefLabel "frezen"@nl .
    """
    static let new = """
    @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    <https://example.org/s> a skos:ConceptScheme .
    <https://example.org/c1> a skos:Concept ; skos:inScheme <https://example.org/s> ; skos:prefLabel "lassen <b>"@nl .
    <https://example.org/c3> a skos:Concept ; skos:inScheme <https://example.org/s> ; skos:prefLabel "draaien"@nl .
    """

    static func multipart(_ files: [(String, String, String)], boundary: String = "XyZ123") -> ByteBuffer {
        var body = ""
        for (field, name, content) in files {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n\(content)\r\n"
        }
        return ByteBuffer(string: body + "--\(boundary)--\r\n")
    }

    @Test func formHasLabelledFileInputs() async throws {
        try await ServerFixture.withClient { client in
            let html = try await ServerFixture.get(client, "/diff").text
            #expect(html.contains("enctype=\"multipart/form-data\""))
            #expect(html.contains("<label for=\"old\">") && html.contains("<label for=\"new\">"))
        }
    }

    @Test func uploadShowsTheRenderedDiff() async throws {
        try await ServerFixture.withClient { client in
            let response = try await client.execute(uri: "/diff", method: .post, headers: [.contentType: "multipart/form-data; boundary=XyZ123"],
                                                    body: Self.multipart([("old", "v1.ttl", Self.old), ("new", "v2.ttl", Self.new)]))
            #expect(response.status == .ok)
            let html = response.text
            #expect(html.contains("<table class=\"diff-summary\">"))
            #expect(html.contains("1 added, 1 removed, 1 changed"))
            #expect(html.contains("<code>v1.ttl</code>"))
            #expect(html.contains("draaien"))
            #expect(html.contains("lassen &lt;b&gt;"))
            #expect(!html.contains("lassen <b>"))
        }
    }

    @Test(arguments: [
        ("multipart/form-data; boundary=XyZ123", [("old", "v1.ttl", old)]),
        ("multipart/form-data; boundary=XyZ123", [("old", "v1.exe", old), ("new", "v2.ttl", new)]),
        ("multipart/form-data; boundary=XyZ123", [("old", "v1.ttl", "not turtle at all <<<"), ("new", "v2.ttl", new)]),
        ("text/plain", [("old", "v1.ttl", old), ("new", "v2.ttl", new)]),
    ])
    func badUploadsAreExplained(contentType: String, files: [(String, String, String)]) async throws {
        try await ServerFixture.withClient { client in
            let response = try await client.execute(uri: "/diff", method: .post, headers: [.contentType: contentType], body: Self.multipart(files))
            #expect(response.status == .badRequest)
            #expect(response.mediaType == "text/html")
            #expect(response.text.contains("role=\"alert\""))
            #expect(!response.text.contains("/tmp/vaktaal-diff"))
        }
    }
}
