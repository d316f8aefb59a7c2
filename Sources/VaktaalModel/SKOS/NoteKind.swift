/// The SKOS documentation properties.
public enum NoteKind: String, CaseIterable, Sendable, Codable, Comparable {
    /// `skos:definition`.
    case definition
    /// `skos:scopeNote`.
    case scopeNote
    /// `skos:note`.
    case note
    /// `skos:example`.
    case example
    /// `skos:historyNote`.
    case historyNote
    /// `skos:editorialNote`.
    case editorialNote
    /// `skos:changeNote`.
    case changeNote

    /// The SKOS property IRI.
    public var property: String { Namespace.skos + rawValue }

    public static func < (lhs: NoteKind, rhs: NoteKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
