import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VaktaalServer

/// The advisor's page: server-rendered, Dutch with an English switch, escaped.
@Suite struct PageTests {
    @Test func searchShowsHitsWithSchemeAndMappings() async throws {
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, "/?q=hardsoldren+koperleiding")
            #expect(response.status == .ok)
            #expect(response.mediaType == "text/html")
            let html = response.text
            #expect(html.contains("<html lang=\"nl\">"))
            #expect(html.contains("<label for=\"q\">"))
            #expect(html.contains("IT-057 hardsolderen van koperleidingen</a> <span class=\"scheme\">installatietechniek</span>"))
            #expect(html.contains("<span class=\"badge badge-exact\">hetzelfde</span>"))
            #expect(html.contains("H01.02.02.01 hardsolderen van koperleidingen"))
            #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
            #expect(response.headers[.accessControlAllowOrigin] == nil)
        }
    }

    @Test func aMatchInAnotherLanguageIsShown() async throws {
        try await ServerFixture.withClient { client in
            let html = try await ServerFixture.get(client, "/?q=brazing+copper+pipes").text
            #expect(html.contains("IT-057 hardsolderen van koperleidingen"))
            #expect(html.contains("<q lang=\"en\">brazing copper pipes</q> (en)"))
        }
    }

    @Test func englishSwitch() async throws {
        try await ServerFixture.withClient { client in
            let dutch = try await ServerFixture.get(client, "/?q=frezen").text
            #expect(dutch.contains("href=\"/?q=frezen&amp;lang=en\""))
            let english = try await ServerFixture.get(client, "/?q=frezen&lang=en").text
            #expect(english.contains("<html lang=\"en\">"))
            #expect(english.contains("Search a skill"))
            #expect(english.contains("href=\"/?q=frezen\" hreflang=\"nl\""))
        }
    }

    @Test func translateShowsTheAdvisorsView() async throws {
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, "/translate?q=hardsolderen+koperleiding&from=installatietechniek&to=metaal")
            #expect(response.status == .ok)
            let html = response.text
            #expect(html.contains("<q class=\"typed\">hardsolderen koperleiding</q>"))
            #expect(html.contains("MB-021 hardsolderen</a> <span class=\"scheme\">metaal</span> <span class=\"badge badge-broad\">breder</span>"))
            #expect(html.contains("<ol class=\"path\""))
            #expect(html.contains("class=\"step strength-strong\""))
            #expect(html.contains("<option value=\"metaal\" selected>"))
        }
    }

    @Test func noCounterpartIsSaidHonestly() async throws {
        try await ServerFixture.withClient { client in
            let html = try await ServerFixture.get(client, "/translate?q=Cursus+programmeren+in+klaartekst+op+de+Heidenhain&from=metaal&to=installatietechniek").text
            #expect(html.contains("Geen tegenhanger in"))
            #expect(html.contains("badge-nearest\">dichtstbij</span>"))
        }
    }

    @Test func fragmentIsTheResultsAlone() async throws {
        try await ServerFixture.withClient { client in
            let html = try await ServerFixture.get(client, "/translate?q=hardsolderen+koperleiding&to=metaal&fragment=1").text
            #expect(!html.contains("<html"))
            #expect(html.contains("MB-021"))
        }
    }

    @Test func badSchemeIsExplainedOnThePage() async throws {
        try await ServerFixture.withClient { client in
            let response = try await ServerFixture.get(client, "/translate?q=lassen&to=bakkerij")
            #expect(response.status == .badRequest)
            #expect(response.mediaType == "text/html")
            #expect(response.text.contains("role=\"alert\""))
        }
    }

    @Test func userTextIsEscaped() async throws {
        try await ServerFixture.withClient { client in
            let html = try await ServerFixture.get(client, "/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22").text
            #expect(!html.contains("<script>alert"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;"))
            let translate = try await ServerFixture.get(client, "/translate?q=%3Cimg+src%3Dx%3E&to=metaal").text
            #expect(!translate.contains("<img src=x>"))
        }
    }

    @Test func conceptPageShowsLabelsHierarchyMappingsAndCounterparts() async throws {
        try await ServerFixture.withClient { client in
            let html = try await ServerFixture.get(client, "/concept?uri=https://data.vaktaal.nl/installatietechniek/IT-057").text
            #expect(html.contains("<td lang=\"en\">brazing copper pipes</td>"))
            #expect(html.contains("<nav class=\"breadcrumb\""))
            #expect(html.contains("IT-056 koperleidingen verwerken"))
            #expect(html.contains("Koppelingen van dit begrip"))
            #expect(html.contains("In de andere branches"))
            #expect(html.contains("MB-021 hardsolderen"))
        }
    }

    @Test func assetsAreServedLocally() async throws {
        try await ServerFixture.withClient { client in
            let script = try await ServerFixture.get(client, "/assets/vaktaal.js")
            #expect(script.mediaType == "text/javascript")
            #expect(script.text.contains("/api/lookup?"))
            let css = try await ServerFixture.get(client, "/assets/vaktaal.css")
            #expect(css.mediaType == "text/css")
            let page = try await ServerFixture.get(client, "/").text
            #expect(!page.contains("http://") && !page.contains("https://"))
        }
    }
}
