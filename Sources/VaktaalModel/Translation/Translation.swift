/// A concept of the target scheme offered for a query, with the relation, the evidence and the
/// path that justifies it.
public struct Translation: Sendable, Equatable, Codable {
    /// What links the target to the query.
    public enum Basis: String, Sendable, Codable {
        /// A path of mappings (and hierarchy steps) whose relations compose.
        case mapping
        /// The source and target only share a broader concept (of the hub, say): same family.
        case family
        /// The source and target are both mapped to one ESCO skill, without composing relations.
        case sharedESCO = "shared-esco"
        /// The relations compose, but only by climbing two or more levels (broader concepts or
        /// broadMatch mappings): the target is a much broader field, not a counterpart.
        case broaderField = "broader-field"
        /// Only the target's own labels and definition resemble the query.
        case lexical
    }

    /// The concept the query was found as (for a lexical answer, the target itself).
    public var source: LookupMatch
    /// How the query matched the source concept, word by word.
    public var need: NeedMatch?
    /// The concept in the target scheme.
    public var target: String
    /// The relation from the query to the target: the relation of the query to the source
    /// concept composed with the path's. Nil when nothing composes (a sibling, a lexical answer,
    /// or a source concept that matched only part of the query): then the answer is a nearest
    /// candidate, not a counterpart.
    public var type: MatchType?
    /// The relation the path's mappings compose to between the source concept and the target.
    public var pathType: MatchType?
    /// What links the target to the query.
    public var basis: Basis
    /// The broader concept (or ESCO skill) that source and target share, for `family` and
    /// `shared-esco` answers.
    public var sharedConcept: String?
    /// Confidence of the path, times how well the query matched the source concept.
    public var confidence: Double
    /// How well the target answers the query, 0…1: the path's evidence combined with how directly
    /// the target's own labels and definition fit. Results are ranked by it.
    public var relevance: Double
    /// How the target's own labels and definition fit the query, when they do.
    public var targetFit: NeedMatch?
    /// The steps from source to target; empty for a lexical answer.
    public var steps: [TranslationStep]

    /// Whether the two concepts only share a broader concept in another scheme (broad then narrow).
    public var isSibling: Bool { basis == .family || basis == .sharedESCO }
    /// Whether the answer is a counterpart (the same, a broader or a narrower skill: its relation
    /// to the query composes) rather than the nearest concept the target scheme has (related,
    /// same family, same ESCO skill, a much broader field, or similar words).
    public var isCounterpart: Bool { type != nil && type != .related }
}
