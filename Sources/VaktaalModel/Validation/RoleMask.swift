/// A set of ``KnownProperty``s.
struct RoleMask: OptionSet, Hashable, Sendable {
    let rawValue: UInt64

    static func of(_ roles: KnownProperty...) -> RoleMask { roles.reduce(RoleMask()) { $0.union($1.mask) } }

    static let labels = RoleMask.of(.prefLabel, .altLabel, .hiddenLabel)
    static let xlLabels = RoleMask.of(.xlPrefLabel, .xlAltLabel, .xlHiddenLabel)
    static let notes = RoleMask.of(.note, .changeNote, .definition, .editorialNote, .example, .historyNote, .scopeNote)
    static let titles = RoleMask.of(.rdfsLabel, .dcTitle, .title)
    /// Properties whose literals should carry a language tag (sub-properties of `rdfs:label` or
    /// `skos:note` in the SKOS ontology).
    static let textual = labels.union(notes).union(.of(.rdfsLabel))
    static let mappings = RoleMask.of(.broadMatch, .narrowMatch, .exactMatch, .closeMatch, .relatedMatch, .mappingRelation)
    /// Sub-properties of `skos:semanticRelation` (and that property itself).
    static let semantic = RoleMask.of(.broader, .narrower, .broaderTransitive, .narrowerTransitive, .related, .semanticRelation)
        .union(mappings)
    static let associative = RoleMask.of(.related, .relatedMatch)
    static let schemeLinks = RoleMask.of(.inScheme, .topConceptOf, .hasTopConcept)
    static let collectionLinks = RoleMask.of(.member, .memberList)
    /// Everything recorded as an edge between two resources.
    static let edges = semantic.union(schemeLinks).union(collectionLinks)

    /// The properties validation reasons about (and infers for sub-properties declared in the
    /// data): the SKOS labels, notes, relations, mapping and membership properties, and titles.
    static let reasoned = labels.union(xlLabels).union(notes).union(titles).union(edges).union(.of(.literalForm))

    /// The roles, in declaration order.
    var roles: [KnownProperty] { KnownProperty.allCases.filter { contains($0.mask) } }
}

extension KnownProperty {
    /// The property's bit in a ``RoleMask`` (the table has fewer than 64 properties).
    var mask: RoleMask { RoleMask(rawValue: 1 << UInt64(rawValue)) }
}
