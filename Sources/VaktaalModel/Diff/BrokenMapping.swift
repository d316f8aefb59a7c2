/// A mapping in another vocabulary that points to a concept removed or newly deprecated in the
/// new version: a link that breaks when the release goes out.
public struct BrokenMapping: Hashable, Sendable, Codable {
    /// Why the concept the mapping points to is a problem.
    public enum Reason: String, Hashable, Sendable, Codable {
        /// The concept is not in the new version.
        case removed
        /// The concept is deprecated in the new version (and was not in the old).
        case deprecated
    }

    /// The vocabulary (file) the mapping is stated in.
    public var source: String
    /// The mapping's subject IRI.
    public var subject: String
    /// The match type.
    public var type: MatchType
    /// The mapping's target IRI.
    public var object: String
    /// The end of the mapping that is removed or deprecated (the subject or the target).
    public var concept: String
    /// Why that concept is a problem.
    public var reason: Reason
    /// Its replacements in the new version, sorted.
    public var replacedBy: [String]

    /// Creates an entry.
    public init(source: String, subject: String, type: MatchType, object: String, concept: String,
                reason: Reason, replacedBy: [String]) {
        self.source = source
        self.subject = subject
        self.type = type
        self.object = object
        self.concept = concept
        self.reason = reason
        self.replacedBy = replacedBy.sorted()
    }
}
