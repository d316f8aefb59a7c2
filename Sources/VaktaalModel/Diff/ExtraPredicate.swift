/// What a predicate of an extra triple tells the diff.
enum ExtraPredicate {
    case type, deprecated, replacedBy, match(MatchType), other

    init(_ predicate: String) {
        if predicate == Namespace.rdf + "type" { self = .type }
        else if predicate == Namespace.owl + "deprecated" { self = .deprecated }
        else if predicate == Namespace.dcterms + "isReplacedBy" { self = .replacedBy }
        else if let type = MatchType(property: predicate) { self = .match(type) }
        else { self = .other }
    }
}
