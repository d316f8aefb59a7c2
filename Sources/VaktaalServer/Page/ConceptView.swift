import VaktaalFormats
import VaktaalModel

/// `GET /concept?uri=` as HTML: labels per language, the hierarchy (breadcrumb and children),
/// notes, mappings in both directions, and the counterparts in the other branches.
struct ConceptView {
    let catalog: Catalog
    let language: PageLanguage
    let concept: Concept

    var fragments: PageFragments { PageFragments(catalog: catalog, language: language) }

    var title: String {
        [concept.notations.first?.lexicalForm, concept.prefLabel(language.rawValue)].compactMap { $0 }.joined(separator: " ")
    }

    func render() -> String {
        let scheme = catalog.schemeOf[concept.iri]
        var html = breadcrumb()
        html += "<h1>" + HTML.escape(title.isEmpty ? concept.iri : title) + "</h1>\n"
        html += "<p class=\"iri\"><code>" + HTML.escape(concept.iri) + "</code>"
        if let scheme { html += " · " + language.text(.scheme) + ": " + HTML.escape(catalog.vocabulary.scheme(scheme)?.name(language.rawValue) ?? SchemeName.shortName(of: scheme)) }
        html += "</p>\n"
        html += formats()
        html += labels() + notes()
        html += list(.children, catalog.hierarchy.narrower[concept.iri] ?? [])
        html += list(.relatedConcepts, Array(Set(concept.related)).sorted())
        html += mappings(.outgoing, catalog.outgoing[concept.iri] ?? [])
        html += mappings(.incoming, catalog.incoming[concept.iri] ?? [])
        html += counterparts(scheme: scheme)
        return "<section id=\"results\" tabindex=\"-1\">\n" + html + "</section>"
    }

    private func breadcrumb() -> String {
        var chain: [String] = []
        var current = concept.iri
        var seen: Set<String> = [current]
        while let parent = catalog.hierarchy.broader[current]?.first, seen.insert(parent).inserted {
            chain.insert(parent, at: 0)
            current = parent
        }
        guard !chain.isEmpty else { return "" }
        let items = chain.map { "<li>" + fragments.concept(iri: $0, withScheme: false) + "</li>" }.joined()
        return "<nav class=\"breadcrumb\" aria-label=\"" + language.text(.hierarchy) + "\"><ol>" + items
            + "<li aria-current=\"page\">" + HTML.escape(title) + "</li></ol></nav>\n"
    }

    private func formats() -> String {
        let formats: [(String, String)] = [("json", "JSKOS"), ("ttl", "Turtle"), ("rdf", "RDF/XML"), ("nt", "N-Triples")]
        let links = formats.map { "<a href=\"/concept?uri=" + HTML.escape(HTML.encode(concept.iri)) + "&amp;format=" + $0.0 + "\">" + $0.1 + "</a>" }
        return "<p class=\"formats\">" + language.text(.otherFormats) + ": " + links.joined(separator: " · ") + "</p>\n"
    }

    private func labels() -> String {
        var rows = ""
        for kind in LabelKind.allCases {
            for label in concept.allLabels(kind).sorted() {
                let lang = label.language.map { " lang=\"" + HTML.escape($0) + "\"" } ?? ""
                rows += "<tr><td>" + kind.rawValue + "</td><td>" + HTML.escape(label.language ?? "—") + "</td><td" + lang + ">" + HTML.escape(label.value) + "</td></tr>\n"
            }
        }
        return "<h2>" + language.text(.labels) + "</h2>\n<table class=\"labels\"><thead><tr><th scope=\"col\">SKOS</th><th scope=\"col\">"
            + language.text(.language) + "</th><th scope=\"col\">Label</th></tr></thead><tbody>\n" + rows + "</tbody></table>\n"
    }

    private func notes() -> String {
        var items = ""
        for kind in NoteKind.allCases {
            for note in concept.notes(kind).sorted() {
                let lang = note.language.map { " lang=\"" + HTML.escape($0) + "\"" } ?? ""
                items += "<dt>" + kind.rawValue + (note.language.map { " (" + HTML.escape($0) + ")" } ?? "") + "</dt><dd" + lang + ">" + HTML.escape(note.value) + "</dd>\n"
            }
        }
        return items.isEmpty ? "" : "<h2>" + language.text(.notes) + "</h2>\n<dl class=\"notes\">\n" + items + "</dl>\n"
    }

    private func list(_ heading: PageText, _ iris: [String]) -> String {
        guard !iris.isEmpty else { return "" }
        return "<h2>" + language.text(heading) + "</h2>\n<ul class=\"concepts\">" + iris.map { "<li>" + fragments.concept(iri: $0, withScheme: false) + "</li>" }.joined() + "</ul>\n"
    }

    private func mappings(_ heading: PageText, _ mappings: [Mapping]) -> String {
        guard !mappings.isEmpty else { return "" }
        return "<h2>" + language.text(heading) + "</h2>\n<ul class=\"mappings\">" + mappings.map { fragments.mapping($0, from: concept.iri) }.joined() + "</ul>\n"
    }

    /// The best answer in each other sector scheme for the concept's own label, through the
    /// translator, linked to the full advisor's view.
    private func counterparts(scheme: String?) -> String {
        guard let scheme, let label = concept.prefLabel("nl") else { return "" }
        var items = ""
        for other in catalog.vocabulary.schemes where other.iri != scheme && SchemeName.shortName(of: other.iri) != "hub" {
            let request = TranslationRequest(need: label, target: other.iri, source: scheme, limit: 1)
            guard let best = catalog.translate(request).first else { continue }
            let link = "/translate?" + HTML.query([("q", label), ("from", SchemeName.shortName(of: scheme)), ("to", SchemeName.shortName(of: other.iri)), ("lang", language.parameter)])
            items += "<li>" + fragments.concept(best.target) + " " + fragments.badge(best.type)
                + " <a class=\"detail\" href=\"" + HTML.escape(link) + "\">" + language.text(.path) + "</a></li>"
        }
        return items.isEmpty ? "" : "<h2>" + language.text(.otherBranches) + "</h2>\n<ul class=\"counterparts\">" + items + "</ul>\n"
    }
}
