/// How a query matched a label, strongest first.
public enum MatchKind: Int, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The query is a preferred label or notation, folded.
    case exactPreferred = 0
    /// The query is an alternative or hidden label, folded.
    case exactAlternative = 1
    /// The query has the label's words in another order.
    case wordOrder = 2
    /// The query starts the label (autocompletion).
    case prefix = 3
    /// The query matches the label's words with typos, compounds split or joined, or words missing.
    case fuzzy = 4
    /// Only some of the query's words match the label (a training need that says more, or less).
    case partial = 5

    public static func < (lhs: MatchKind, rhs: MatchKind) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .exactPreferred: "exact"
        case .exactAlternative: "exact-alternative"
        case .wordOrder: "word-order"
        case .prefix: "prefix"
        case .fuzzy: "fuzzy"
        case .partial: "partial"
        }
    }
}

/// One concept found by a lookup, with the label that matched and a score in 0…1.
public struct LookupMatch: Sendable, Equatable, Codable {
    /// The concept IRI.
    public var concept: String
    /// The label (or notation) that matched, as written in the vocabulary.
    public var label: String
    /// The label's language, when it has one.
    public var language: String?
    /// Which kind of label matched: `prefLabel`, `altLabel`, `hiddenLabel` or `notation`.
    public var labelKind: String
    /// How it matched.
    public var kind: MatchKind
    /// Strength of the match, 1 for an exact preferred label.
    public var score: Double
}
