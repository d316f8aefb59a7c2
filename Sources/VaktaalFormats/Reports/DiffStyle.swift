/// How a diff report is typeset: plain or coloured text, or Markdown. ``DiffRenderer`` decides
/// what to say; a style decides how it looks.
package protocol DiffStyle {
    /// The report's first line.
    func title(_ text: String) -> String
    /// A section heading.
    func heading(_ text: String) -> String
    /// The summary as rows of (what, counts).
    func table(_ rows: [(String, String)]) -> [String]
    /// A top-level item, marked as added, removed or changed.
    func item(_ marker: DiffMarker, _ text: String) -> String
    /// A line under an item.
    func detail(_ text: String) -> String
    /// An IRI.
    func iri(_ iri: String) -> String
    /// A label or note value.
    func quote(_ text: String) -> String
    /// A notation or property name.
    func code(_ text: String) -> String
    /// Text coloured (or not) as added, removed or changed.
    func paint(_ text: String, _ marker: DiffMarker) -> String
}

/// What an item or value is: added, removed or changed.
package enum DiffMarker {
    case added
    case removed
    case changed

    /// The sign shown before it.
    package var sign: String {
        switch self {
        case .added: "+"
        case .removed: "−"
        case .changed: "~"
        }
    }
}
