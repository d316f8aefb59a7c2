/// Markdown for release notes: headings, a summary table, bullet lists, autolinked IRIs.
package struct DiffMarkdownStyle: DiffStyle {
    /// The Markdown style.
    package init() {}

    package func title(_ text: String) -> String { "# " + text }
    package func heading(_ text: String) -> String { "\n## " + escape(text) + "\n" }

    package func table(_ rows: [(String, String)]) -> [String] {
        ["| change | count |", "|---|---|"] + rows.map { "| " + escape($0.0) + " | " + escape($0.1) + " |" }
    }

    /// A bullet with the sign in a code span (a bare `+` after the bullet would start a nested list).
    package func item(_ marker: DiffMarker, _ text: String) -> String { "- `" + marker.sign + "` " + text }
    package func detail(_ text: String) -> String { "  - " + text }
    package func iri(_ iri: String) -> String { "<" + iri + ">" }
    package func quote(_ text: String) -> String { "“" + escape(text) + "”" }
    package func code(_ text: String) -> String { "`" + text.replacingBackticks() + "`" }
    package func paint(_ text: String, _ marker: DiffMarker) -> String { text }

    /// Escapes the characters that Markdown would read as formatting.
    private func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { result.append("\\") }
            result.append(character == "\n" ? " " : character)
        }
        return result
    }
}

private extension String {
    func replacingBackticks() -> String { String(map { $0 == "`" ? "'" : $0 }) }
}
