/// What one predicate means, worked out once per distinct predicate.
struct PredicateInfo: Sendable {
    var roles = RoleMask()
    var isType = false
    var isDeprecation = false
    var isSubProperty = false
    var isSubClass = false
    /// Whether the predicate is no SKOS property: a declared sub-property may still give it roles.
    var isUnknown = false
    var problem: String?
}
