import VaktaalFormats
import VaktaalModel

/// Small pieces every view uses: a concept with its notation and label, a match type badge, a
/// path step coloured by strength.
struct PageFragments {
    let catalog: Catalog
    let language: PageLanguage

    /// `?lang=en` to append to links, or nothing.
    var languageSuffix: String { language.parameter.map { "&lang=" + $0 } ?? "" }

    /// The link to a concept's page.
    func conceptURL(_ iri: String) -> String {
        "/concept?uri=" + HTML.encode(iri) + languageSuffix
    }

    /// A concept as `notation prefLabel`, linked when it is loaded, with its scheme.
    func concept(_ reference: TranslationReport.Concept, withScheme: Bool = true) -> String {
        let label = [reference.notation, reference.prefLabel].compactMap { $0 }.joined(separator: " ")
        let text = HTML.escape(label.isEmpty ? reference.iri : label)
        let scheme = withScheme ? reference.scheme.map { " <span class=\"scheme\">" + HTML.escape(SchemeName.shortName(of: $0)) + "</span>" } ?? "" : ""
        guard catalog.vocabulary.concept(reference.iri) != nil else {
            return "<a class=\"concept external\" href=\"" + HTML.escape(reference.iri) + "\">" + text + "</a>" + scheme
        }
        return "<a class=\"concept\" href=\"" + HTML.escape(conceptURL(reference.iri)) + "\">" + text + "</a>" + scheme
    }

    /// A concept by IRI.
    func concept(iri: String, withScheme: Bool = true) -> String {
        concept(catalog.reference(iri), withScheme: withScheme)
    }

    /// The match type as a badge in words.
    func badge(_ type: String?) -> String {
        let name = type.map { String($0.dropLast("Match".count)) } ?? "nearest"
        return "<span class=\"badge badge-\(name)\">" + HTML.escape(language.matchType(type)) + "</span>"
    }

    /// The strength class of a confidence: strong, medium or weak.
    static func strength(_ confidence: Double?) -> String {
        guard let confidence else { return "medium" }
        return confidence >= 0.85 ? "strong" : confidence >= 0.6 ? "medium" : "weak"
    }

    /// A mapping as shown under a search hit or on a concept page: arrow, type in words, the
    /// other concept, and provenance.
    func mapping(_ mapping: Mapping, from iri: String) -> String {
        let outgoing = mapping.subject == iri
        let other = outgoing ? mapping.object : mapping.subject
        let type = outgoing ? mapping.type : mapping.type.inverse
        var details: [String] = []
        if let confidence = mapping.confidence { details.append(language.text(.confidence) + " " + String(confidence)) }
        if let justification = mapping.justification { details.append(SchemeName.shortName(of: justification)) }
        let detail = details.isEmpty ? "" : " <span class=\"detail\">(" + HTML.escape(details.joined(separator: ", ")) + ")</span>"
        return "<li class=\"mapping strength-" + Self.strength(mapping.confidence) + "\">" + (outgoing ? "→ " : "← ")
            + badge(type.rawValue) + " " + concept(iri: other) + detail + "</li>"
    }
}
