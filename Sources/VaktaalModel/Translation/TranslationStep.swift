/// One step of a translation path.
public struct TranslationStep: Sendable, Equatable, Codable {
    /// How the step was taken.
    public enum Via: String, Sendable, Codable {
        /// A mapping stated from this concept to the next.
        case mapping
        /// A mapping stated the other way round, read inversely (broad ↔ narrow).
        case inverseMapping = "inverse-mapping"
        /// A step up the hierarchy: the broader concept stands in (read as broadMatch).
        case broaderConcept = "broader-concept"
        /// A step down the hierarchy to a narrower concept (read as narrowMatch).
        case narrowerConcept = "narrower-concept"
    }

    /// The concept the step starts from.
    public var from: String
    /// The concept it reaches.
    public var to: String
    /// The relation from `from` to `to`.
    public var type: MatchType
    /// How the step was taken.
    public var via: Via
    /// The mapping's confidence, when stated.
    public var confidence: Double?
    /// The mapping's justification, when stated.
    public var justification: String?
    /// The mapping set the mapping belongs to, when stated.
    public var mappingSet: String?
}
