/// A concept found for a training need, with how well it fits.
public struct NeedMatch: Sendable, Equatable, Codable {
    /// The concept IRI.
    public var concept: String
    /// Relevance in 0…1: the share of the need's words (weighted by rarity) that the concept's
    /// best label covers, topped up by its other labels and its definition, times how much of
    /// that label the need uses.
    public var score: Double
    /// The weighted share of the need's words covered (0…1).
    public var needCoverage: Double
    /// The weighted share of the best label's words the need uses (0…1).
    public var labelCoverage: Double
    /// The best label, as written in the vocabulary.
    public var label: String
    /// Its kind: `prefLabel`, `altLabel`, `hiddenLabel` or `notation`.
    public var labelKind: String
    /// Its language, when it has one.
    public var language: String?
    /// The part of the need that matched (its skill words), when the need names several.
    public var part: String
    /// The need's words that some label or the definition of the concept matched.
    public var matchedWords: [String]
    /// Whether the definition, not a label, supplied some of the match.
    public var usedDefinition: Bool

    /// How the need relates to the concept, judged from the words alone: the same (the need and the
    /// label cover each other), the concept narrower (it says more than the need), the concept
    /// broader (the need says more), or nil when each says something the other does not.
    public var relation: MatchType? {
        let needCovered = needCoverage >= 0.8, labelCovered = labelCoverage >= 0.8
        switch (needCovered, labelCovered) {
        case (true, true): return .exact
        case (true, false): return .narrow
        case (false, true): return .broad
        case (false, false): return nil
        }
    }
}
