/// A mapping between a subject and a target concept added, removed or changed in match type.
///
/// Mappings are compared per (subject, target) pair: the set of match types stated between the
/// two in each version.
public struct MappingChange: Hashable, Sendable, Codable {
    /// What happened to the pair.
    public enum Change: String, Hashable, Sendable, Codable {
        /// Mapped only in the new version.
        case added
        /// Mapped only in the old version.
        case removed
        /// Mapped in both, with different match types.
        case retyped
    }

    /// The subject concept IRI.
    public var subject: String
    /// The target concept IRI.
    public var object: String
    /// The target's scheme: its scheme when the target is a concept of either version, else the
    /// target IRI up to its last `/` or `#`.
    public var targetScheme: String
    /// What happened.
    public var change: Change
    /// The match types in the old version, strongest first.
    public var oldTypes: [MatchType]
    /// The match types in the new version, strongest first.
    public var newTypes: [MatchType]

    /// Creates a change.
    public init(subject: String, object: String, targetScheme: String, oldTypes: [MatchType], newTypes: [MatchType]) {
        self.subject = subject
        self.object = object
        self.targetScheme = targetScheme
        self.oldTypes = oldTypes.sorted()
        self.newTypes = newTypes.sorted()
        self.change = oldTypes.isEmpty ? .added : newTypes.isEmpty ? .removed : .retyped
    }
}
