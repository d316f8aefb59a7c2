/// HTML for the Markdown that `vaktaal diff --format markdown` writes (and only that): `#`
/// headings, one summary table, bullet lists one level deep, code spans, `<IRI>` autolinks and
/// backslash escapes. Every piece of text is escaped.
enum MarkdownHTML {
    static func render(_ markdown: String) -> String {
        var html: [String] = []
        var inTable = false, inList = false, inNested = false
        func closeNested() { if inNested { html.append("</ul></li>"); inNested = false } }
        func closeList() { closeNested(); if inList { html.append("</ul>"); inList = false } }
        func closeTable() { if inTable { html.append("</tbody></table>"); inTable = false } }
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("|") {
                closeList()
                let cells = line.dropFirst().dropLast(line.hasSuffix("|") ? 1 : 0).split(separator: "|", omittingEmptySubsequences: false)
                    .map { String($0).trimmingWhitespace() }
                if cells.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" } }) { continue }
                if !inTable {
                    html.append("<table class=\"diff-summary\"><thead><tr>" + cells.map { "<th scope=\"col\">" + inline($0) + "</th>" }.joined() + "</tr></thead><tbody>")
                    inTable = true
                } else {
                    html.append("<tr>" + cells.map { "<td>" + inline($0) + "</td>" }.joined() + "</tr>")
                }
                continue
            }
            closeTable()
            if line.hasPrefix("  - ") {
                if !inList { html.append("<ul class=\"diff\">"); inList = true }
                if !inNested {
                    if html.last?.hasSuffix("</li>") == true { html[html.count - 1].removeLast("</li>".count) }
                    html.append("<ul>")
                    inNested = true
                }
                html.append("<li>" + inline(String(line.dropFirst(4))) + "</li>")
            } else if line.hasPrefix("- ") {
                closeNested()
                if !inList { html.append("<ul class=\"diff\">"); inList = true }
                html.append("<li>" + inline(String(line.dropFirst(2))) + "</li>")
            } else if line.hasPrefix("#") {
                closeList()
                let level = line.prefix { $0 == "#" }.count
                let tag = "h\(min(6, level + 1))"
                html.append("<\(tag)>" + inline(String(line.dropFirst(level)).trimmingWhitespace()) + "</\(tag)>")
            } else if !line.trimmingWhitespace().isEmpty {
                closeList()
                html.append("<p>" + inline(line) + "</p>")
            }
        }
        closeList()
        closeTable()
        return html.joined(separator: "\n")
    }

    /// Code spans, autolinks and escapes in one line.
    static func inline(_ text: String) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\\", text.index(after: index) < text.endIndex {
                result += HTML.escape(String(text[text.index(after: index)]))
                index = text.index(index, offsetBy: 2)
            } else if character == "`", let close = text[text.index(after: index)...].firstIndex(of: "`") {
                result += "<code>" + HTML.escape(String(text[text.index(after: index)..<close])) + "</code>"
                index = text.index(after: close)
            } else if character == "<", let close = text[index...].firstIndex(of: ">"),
                      text[text.index(after: index)..<close].contains("://"), !text[index..<close].contains(" ") {
                let iri = String(text[text.index(after: index)..<close])
                result += "<a href=\"" + HTML.escape(iri) + "\">" + HTML.escape(iri) + "</a>"
                index = text.index(after: close)
            } else {
                result += HTML.escape(String(character))
                index = text.index(after: index)
            }
        }
        return result
    }
}
