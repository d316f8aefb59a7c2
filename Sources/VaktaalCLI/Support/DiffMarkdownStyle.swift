/// Markdown for release notes: headings, a summary table, bullet lists, autolinked IRIs.
struct DiffMarkdownStyle: DiffStyle {
    func title(_ text: String) -> String { "# " + text }
    func heading(_ text: String) -> String { "\n## " + escape(text) + "\n" }

    func table(_ rows: [(String, String)]) -> [String] {
        ["| change | count |", "|---|---|"] + rows.map { "| " + escape($0.0) + " | " + escape($0.1) + " |" }
    }

    /// A bullet with the sign in a code span (a bare `+` after the bullet would start a nested list).
    func item(_ marker: DiffMarker, _ text: String) -> String { "- `" + marker.sign + "` " + text }
    func detail(_ text: String) -> String { "  - " + text }
    func iri(_ iri: String) -> String { "<" + iri + ">" }
    func quote(_ text: String) -> String { "“" + escape(text) + "”" }
    func code(_ text: String) -> String { "`" + text.replacingBackticks() + "`" }
    func paint(_ text: String, _ marker: DiffMarker) -> String { text }

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
