/// A candidate mapping for a terminologist to review: a concept of the source scheme, a concept
/// of the target scheme, the SKOS relation the evidence supports, a confidence and the evidence.
public struct MappingSuggestion: Sendable, Equatable, Codable {
    /// The source concept IRI (`subject_id`).
    public var subject: String
    /// The proposed target concept IRI (`object_id`).
    public var object: String
    /// The proposed relation (`predicate_id`).
    public var type: MatchType
    /// How sure the suggester is, in 0…1 (`confidence`).
    public var confidence: Double
    /// How the candidate was found: a semapv IRI (`mapping_justification`),
    /// ``MappingSuggester/lexicalMatching`` or ``MappingSuggester/compositeMatching``.
    public var justification: String
    /// The candidate's rank among the subject's candidates, from 1.
    public var rank: Int
    /// Human-readable evidence, strongest first (written to the `comment` column).
    public var evidence: [String]
    /// The strength of each signal that contributed, by name (``SuggestionSignals/names``).
    public var signals: [String: Double]

    /// Creates a suggestion.
    public init(subject: String, object: String, type: MatchType, confidence: Double, justification: String,
                rank: Int, evidence: [String], signals: [String: Double]) {
        self.subject = subject
        self.object = object
        self.type = type
        self.confidence = confidence
        self.justification = justification
        self.rank = rank
        self.evidence = evidence
        self.signals = signals
    }
}
