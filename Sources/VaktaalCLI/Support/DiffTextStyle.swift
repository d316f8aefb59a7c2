import VaktaalFormats

/// Text for a terminal: two-space indents, and ANSI colour only when asked (stdout is a TTY).
struct DiffTextStyle: DiffStyle {
    let colour: Bool

    func title(_ text: String) -> String { bold(text) }
    func heading(_ text: String) -> String { "\n" + bold(text) }

    func table(_ rows: [(String, String)]) -> [String] {
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { "  " + $0.0.padding(width + 1) + $0.1 }
    }

    func item(_ marker: DiffMarker, _ text: String) -> String { "  " + paint(marker.sign, marker) + " " + text }
    func detail(_ text: String) -> String { "      " + text }
    func iri(_ iri: String) -> String { "<" + iri + ">" }
    func quote(_ text: String) -> String { "“" + text + "”" }
    func code(_ text: String) -> String { text }

    func paint(_ text: String, _ marker: DiffMarker) -> String {
        guard colour else { return text }
        let code = switch marker {
        case .added: "32"
        case .removed: "31"
        case .changed: "33"
        }
        return "\u{1B}[" + code + "m" + text + "\u{1B}[0m"
    }

    private func bold(_ text: String) -> String { colour ? "\u{1B}[1m" + text + "\u{1B}[0m" : text }
}
