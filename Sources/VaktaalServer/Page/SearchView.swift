import VaktaalFormats
import VaktaalModel

/// `GET /?q=`: one search over every label in every language; each hit with its scheme, the
/// label that matched (a match in another language is shown, not hidden) and its mappings.
struct SearchView {
    let catalog: Catalog
    let language: PageLanguage
    let query: String?

    var fragments: PageFragments { PageFragments(catalog: catalog, language: language) }

    func form() -> String {
        """
        <h1>\(language.text(.search))</h1>
        <form class="search" action="/" method="get" role="search" data-live>
        <label for="q">\(language.text(.searchLabel))</label>
        <p class="hint" id="q-hint">\(language.text(.searchHint))</p>
        <div class="field">
        <input type="search" id="q" name="q" value="\(HTML.escape(query ?? ""))" maxlength="1000" autocomplete="off" aria-describedby="q-hint" spellcheck="false">
        \(language.parameter.map { "<input type=\"hidden\" name=\"lang\" value=\"\($0)\">" } ?? "")
        <button type="submit">\(language.text(.searchButton))</button>
        </div>
        </form>
        <section id="results" aria-live="polite" tabindex="-1">
        \(results())
        </section>
        """
    }

    /// The hits, or nothing when no query was given.
    func results() -> String {
        guard let query else { return "" }
        let hits = catalog.index.lookup(query, limit: 20)
        guard !hits.isEmpty else {
            let near = catalog.index.suggestions(query).map { fragments.concept(iri: $0.concept) }
            return "<p class=\"empty\">" + language.text(.noHits) + " <q>" + HTML.escape(query) + "</q>."
                + (near.isEmpty ? "" : " " + near.joined(separator: ", ")) + "</p>"
        }
        let items = hits.map(hit).joined(separator: "\n")
        return "<h2>" + language.text(.hitsFor) + " <q>" + HTML.escape(query) + "</q></h2>\n<ol class=\"hits\">\n" + items + "\n</ol>"
    }

    private func hit(_ match: LookupMatch) -> String {
        let report = LookupReport(match, in: catalog.vocabulary)
        var via = ""
        if report.matchedLabel != report.prefLabel || report.matchedLanguage != "nl" {
            via = " <span class=\"via\">" + language.text(.foundVia) + " " + HTML.escape(report.matchedLabelKind) + " <q"
                + (report.matchedLanguage.map { " lang=\"" + HTML.escape($0) + "\"" } ?? "") + ">" + HTML.escape(report.matchedLabel) + "</q>"
                + (report.matchedLanguage.map { " (" + HTML.escape($0) + ")" } ?? "") + "</span>"
        }
        let mappings = (catalog.outgoing[match.concept] ?? []) + (catalog.incoming[match.concept] ?? [])
        let list = mappings.isEmpty
            ? "<p class=\"detail\">" + language.text(.noMappings) + "</p>"
            : "<ul class=\"mappings\" aria-label=\"" + language.text(.mappings) + "\">" + mappings.map { fragments.mapping($0, from: match.concept) }.joined() + "</ul>"
        return "<li class=\"hit\">" + fragments.concept(iri: match.concept) + via + "\n" + list + "</li>"
    }
}
