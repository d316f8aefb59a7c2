import VaktaalFormats
import VaktaalModel

/// `GET /translate?q=&from=&to=`: the advisor's view. The need as typed, the answers in the
/// target branch with the match type in words, and the path that justifies each, coloured by
/// strength; "geen tegenhanger" said first when no answer is a counterpart.
struct TranslateView {
    let catalog: Catalog
    let language: PageLanguage
    let request: TranslationRequest?
    /// The need, the schemes as typed, for the form.
    let need: String?
    let from: String?
    let to: String?

    var fragments: PageFragments { PageFragments(catalog: catalog, language: language) }

    func form() -> String {
        let schemes = catalog.vocabulary.schemes
        let target = request?.target ?? to.flatMap { try? catalog.vocabulary.resolveScheme($0) } ?? schemes.first { SchemeName.shortName(of: $0.iri) == "metaal" }?.iri
        let source = request?.source ?? from.flatMap { try? catalog.vocabulary.resolveScheme($0) }
        func options(_ selected: String?, any: Bool) -> String {
            var result = any ? "<option value=\"\"\(selected == nil ? " selected" : "")>" + language.text(.anyBranch) + "</option>" : ""
            for scheme in schemes {
                let name = SchemeName.shortName(of: scheme.iri)
                result += "<option value=\"" + HTML.escape(name) + "\"" + (scheme.iri == selected ? " selected" : "") + ">"
                    + HTML.escape(scheme.name(language.rawValue) ?? name) + "</option>"
            }
            if !any { result += "<option value=\"esco\"" + (selected == SchemeName.escoSkills ? " selected" : "") + ">ESCO</option>" }
            return result
        }
        return """
        <h1>\(language.text(.translate))</h1>
        <form class="translate" action="/translate" method="get" data-live>
        <label for="q">\(language.text(.need))</label>
        <p class="hint" id="q-hint">\(language.text(.needHint))</p>
        <div class="field">
        <input type="text" id="q" name="q" value="\(HTML.escape(request?.need ?? need ?? ""))" maxlength="1000" autocomplete="off" aria-describedby="q-hint" spellcheck="false" data-suggest aria-controls="suggestions" aria-autocomplete="list">
        </div>
        <ul id="suggestions" class="suggestions" aria-label="\(language.text(.suggestions))" hidden></ul>
        <div class="schemes">
        <label for="from">\(language.text(.from))</label>
        <select id="from" name="from">\(options(source, any: true))</select>
        <label for="to">\(language.text(.to))</label>
        <select id="to" name="to">\(options(target, any: false))</select>
        </div>
        \(language.parameter.map { "<input type=\"hidden\" name=\"lang\" value=\"\($0)\">" } ?? "")
        <button type="submit">\(language.text(.translateButton))</button>
        </form>
        <section id="results" aria-live="polite" tabindex="-1">
        \(results())
        </section>
        """
    }

    /// The answers, or nothing when no need was given.
    func results() -> String {
        guard let request else { return "" }
        let reports = catalog.translate(request)
        let targetName = HTML.escape(catalog.vocabulary.scheme(request.target)?.name(language.rawValue) ?? SchemeName.shortName(of: request.target))
        var html = "<p class=\"need\">" + language.text(.needAsTyped) + ": <q class=\"typed\">" + HTML.escape(request.need) + "</q></p>\n"
        guard !reports.isEmpty else {
            return html + "<p class=\"empty\">" + language.text(.nothingRelates) + " (" + targetName + ").</p>"
        }
        if !reports.contains(where: { $0.answer == "counterpart" }) {
            html += "<p class=\"no-counterpart\"><strong>" + language.text(.noCounterpart) + " " + targetName + "</strong>"
            if let covering = reports.lazy.compactMap({ $0.coveringConcept ?? $0.sharedConcept }).first {
                html += "; " + language.text(.fallsUnder) + " " + fragments.concept(covering)
            }
            html += ".</p>\n"
        }
        return html + "<ol class=\"answers\">\n" + reports.map(answer).joined(separator: "\n") + "\n</ol>"
    }

    private func answer(_ report: TranslationReport) -> String {
        var html = "<li class=\"answer answer-" + report.answer + "\">\n<h2>" + fragments.concept(report.target) + " " + fragments.badge(report.type)
            + " <span class=\"detail\">" + language.text(.relevance) + " " + String(report.relevance) + "</span></h2>\n"
        if report.type == nil { html += "<p class=\"basis\">" + HTML.escape(language.basis(report.basis)) + "</p>\n" }
        html += "<ol class=\"path\" aria-label=\"" + language.text(.path) + "\">\n"
        if report.basis == "lexical", let fit = report.targetFit {
            html += "<li class=\"step strength-weak\"><q>" + HTML.escape(fit.part) + "</q> ~ <q>" + HTML.escape(fit.label) + "</q> (" + HTML.escape(fit.labelKind) + ")</li>\n"
        } else {
            let part = report.sourceFit?.part ?? report.term
            html += "<li class=\"step step-need\"><q>" + HTML.escape(part) + "</q> " + language.text(.matchedSource) + " "
                + fragments.concept(report.source) + " <span class=\"detail\">(" + HTML.escape(report.match) + ", <q>" + HTML.escape(report.matchedLabel) + "</q>)</span></li>\n"
            for step in report.path {
                var details = [language.via(step.via)]
                if let confidence = step.confidence { details.append(language.text(.confidence) + " " + String(confidence)) }
                if let justification = step.justification { details.append(SchemeName.shortName(of: justification)) }
                html += "<li class=\"step strength-" + PageFragments.strength(step.confidence) + "\">→ " + fragments.badge(step.type) + " "
                    + fragments.concept(step.to) + " <span class=\"detail\">(" + HTML.escape(details.joined(separator: ", ")) + ")</span></li>\n"
            }
        }
        html += "</ol>\n"
        if let fit = report.targetFit, fit.score >= 0.3, report.basis != "lexical" {
            html += "<p class=\"detail\">" + language.text(.targetWords) + ": <q>" + HTML.escape(fit.label) + "</q> (" + String(fit.score) + ")</p>\n"
        }
        return html + "</li>"
    }
}
