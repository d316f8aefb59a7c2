/// How much each signal counts in a candidate's confidence. The confidence is a noisy-or of
/// the weighted signals, `1 − Π(1 − wᵢ·sᵢ)`, each signal in 0…1; the defaults were tuned on the
/// three sector mapping sets left out one at a time (see `Benchmarks/suggest.py`), the same for
/// every concept and sector, and cross-validated (tuned on two sectors, scored on the third:
/// `Benchmarks/suggest-tune.py`).
public struct SuggestionWeights: Sendable, Equatable {
    /// The source's labels against the target's words.
    public var labels = 0.8
    /// The source's definition against the target's words, and definition against definition.
    public var definitions = 0.7
    /// The labels in the second language.
    public var secondLanguage = 0.65
    /// A matching concept of a third scheme mapped to the target.
    public var otherSchemes = 0.3
    /// The hierarchy's support.
    public var hierarchy = 0.35
    /// A matching ESCO skill that the target is mapped to.
    public var sharedESCO = 0.15
    /// How much of the parent's support its own target gets (a broadMatch candidate), beside
    /// the full support of the candidates under it.
    public var parentTarget = 0.8
    /// How much of the parent's support the candidates under its target get.
    public var underParent = 0.8
    /// How much the match of the source's definition against the target's words counts, beside
    /// the similarity of the two definitions.
    public var definitionQuery = 1.0
    /// How much of the support the concepts above two of the best candidates get.
    public var commonParent = 0.6
    /// Whether the last of the `limit` places is kept for the parent's target.
    public var parentSlot = true
    /// How similar two definitions must be to agree (for an exactMatch).
    public var definitionAgreement = MatchTypeRule.definitionAgreement
    /// How much of each other's words (weighted, word forms at 0.92) two labels must cover to
    /// name the same thing, before the definitions are asked.
    public var exactCoverage = 0.85
    /// Whether at most one candidate per source concept is proposed as exactMatch (the best).
    public var singleExact = true
    /// Whether a partial match to a target that groups narrower concepts is a broadMatch.
    public var groupRule = true
    /// The power the lexical signals (labels, second language) are raised to before weighting:
    /// above 1, a full label match counts far more than several partial ones.
    public var sharpness = 2.0
    /// Whether the source's definition is searched clause by clause (each part of it a need of
    /// its own) rather than as one whole.
    public var definitionParts = false
    /// Whether one of the `limit` places (the one before the parent's) is kept for a concept
    /// above two of the best candidates.
    public var ancestorSlot = 3

    /// The default weights.
    public init() {}

    /// Sets a weight by signal name (``SuggestionSignals/named``); false for an unknown name.
    public mutating func set(_ name: String, _ value: Double) -> Bool {
        switch name {
        case "labels": labels = value
        case "definitions": definitions = value
        case "english": secondLanguage = value
        case "branches": otherSchemes = value
        case "hierarchy": hierarchy = value
        case "esco": sharedESCO = value
        case "sharpness": sharpness = value
        case "parent": parentTarget = value
        case "under": underParent = value
        case "defquery": definitionQuery = value
        case "common": commonParent = value
        case "slot": parentSlot = value > 0
        case "agreement": definitionAgreement = value
        case "exactcover": exactCoverage = value
        case "oneexact": singleExact = value > 0
        case "group": groupRule = value > 0
        case "defparts": definitionParts = value > 0
        case "ancestorslot": ancestorSlot = Int(value)
        default: return false
        }
        return true
    }
}
