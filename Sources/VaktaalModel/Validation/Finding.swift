/// One problem found by `vaktaal validate`: which check, how serious, about which resource, and
/// where it came from.
public struct Finding: Hashable, Sendable, Codable {
    /// The check that found it.
    public var code: CheckCode
    /// How serious it is.
    public var severity: Severity
    /// The concept (or scheme, collection, label resource) the finding is about.
    public var concept: String
    /// That resource's preferred label, when it has one.
    public var label: String?
    /// A one-line explanation.
    public var message: String
    /// Other resources involved: the other end of a relation, the rest of a cycle or cluster.
    public var related: [String]
    /// The file the resource is described in, and the line when known.
    public var location: FindingLocation?

    /// Creates a finding.
    public init(code: CheckCode, severity: Severity? = nil, concept: String, label: String? = nil,
                message: String, related: [String] = [], location: FindingLocation? = nil) {
        self.code = code
        self.severity = severity ?? code.severity
        self.concept = concept
        self.label = label
        self.message = message
        self.related = related
        self.location = location
    }
}
