/// Every property Vaktaal gives a meaning to, in one table: what the vocabulary builder takes into
/// the model, what a compact vocabulary keeps per concept (the first cases, in the order a
/// concept's values are kept), what the version differ reads, and what validation reasons about
/// (``RoleMask`` holds sets of them, one bit each).
///
/// A predicate's property is worked out once per distinct predicate IRI (``init(iri:)``), never by
/// string comparisons per triple.
package enum KnownProperty: UInt8, CaseIterable, Sendable, Comparable {
    // MARK: Kept per concept, in this order (see `isConceptField`)

    /// `skos:notation`.
    case notation
    /// `skos:prefLabel`, `skos:altLabel`, `skos:hiddenLabel`.
    case prefLabel, altLabel, hiddenLabel
    /// `skosxl:prefLabel`, `skosxl:altLabel`, `skosxl:hiddenLabel`: the value indexes the
    /// vocabulary's label resources and forms.
    case xlPrefLabel, xlAltLabel, xlHiddenLabel
    /// The SKOS documentation properties.
    case definition, scopeNote, note, example, historyNote, editorialNote, changeNote
    /// SKOS semantic relations and scheme membership, and `dcterms:isReplacedBy`.
    case broader, narrower, related, inScheme, topConceptOf, replacedBy
    /// `dcterms:created`, `dcterms:modified`, `dcterms:issued`.
    case created, modified, issued

    // MARK: Read elsewhere

    /// `rdf:type`.
    case type
    /// The SKOS mapping properties.
    case exactMatch, closeMatch, broadMatch, narrowMatch, relatedMatch
    /// `skos:hasTopConcept`, `skos:member`, `skos:memberList`.
    case hasTopConcept, member, memberList
    /// The SKOS super-properties and transitive relations, which validation reasons about.
    case broaderTransitive, narrowerTransitive, semanticRelation, mappingRelation
    /// `skosxl:literalForm`.
    case literalForm
    /// `owl:deprecated`.
    case deprecated
    /// `dcterms:title`, `dc:title`, `rdfs:label`, `dcterms:description`, `owl:versionInfo`.
    case title, dcTitle, rdfsLabel, description, versionInfo
    /// `owl:annotatedSource`, `owl:annotatedProperty`, `owl:annotatedTarget`.
    case annotatedSource, annotatedProperty, annotatedTarget
    /// `sssom:mappings`.
    case mappingSetMember
    /// SSSOM provenance properties.
    case confidence, mappingJustification, authorID, mappingDate, comment

    /// The property IRI.
    package var iri: String { Self.iris[Int(rawValue)] }

    /// The property of an IRI, or nil for one Vaktaal gives no meaning to.
    package init?(iri: String) {
        guard let property = Self.byIRI[iri] else { return nil }
        self = property
    }

    /// The property as `skos:broader`.
    package var qualifiedName: String { ValidationIndex.shortName(iri) }

    /// Whether a compact vocabulary keeps this property's values per concept.
    package var isConceptField: Bool { rawValue <= Self.issued.rawValue }

    /// How many properties are kept per concept (the first cases).
    package static let conceptFieldCount = Int(issued.rawValue) + 1

    /// The match type of a mapping property.
    package var matchType: MatchType? {
        switch self {
        case .exactMatch: .exact
        case .closeMatch: .close
        case .broadMatch: .broad
        case .narrowMatch: .narrow
        case .relatedMatch: .related
        default: nil
        }
    }

    package static func < (lhs: KnownProperty, rhs: KnownProperty) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    // MARK: The table

    /// Namespace and local name of each property; every IRI of this enum comes from here.
    private var namespaceAndName: (String, String) {
        switch self {
        case .xlPrefLabel: (Namespace.skosxl, "prefLabel")
        case .xlAltLabel: (Namespace.skosxl, "altLabel")
        case .xlHiddenLabel: (Namespace.skosxl, "hiddenLabel")
        case .literalForm: (Namespace.skosxl, "literalForm")
        case .replacedBy: (Namespace.dcterms, "isReplacedBy")
        case .created, .modified, .issued, .title, .description: (Namespace.dcterms, "\(self)")
        case .type: (Namespace.rdf, "type")
        case .deprecated, .versionInfo, .annotatedSource, .annotatedProperty, .annotatedTarget: (Namespace.owl, "\(self)")
        case .dcTitle: (Namespace.dc, "title")
        case .rdfsLabel: (Namespace.rdfs, "label")
        case .mappingSetMember: (Namespace.sssom, "mappings")
        case .confidence, .comment: (Namespace.sssom, "\(self)")
        case .mappingJustification: (Namespace.sssom, "mapping_justification")
        case .authorID: (Namespace.sssom, "author_id")
        case .mappingDate: (Namespace.sssom, "mapping_date")
        default: (Namespace.skos, "\(self)")
        }
    }

    private static let iris: [String] = allCases.map { $0.namespaceAndName.0 + $0.namespaceAndName.1 }

    private static let byIRI: [String: KnownProperty] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.iri, $0) })

    /// Local names of the SKOS properties this table holds (for "Undefined SKOS Resources").
    static let skosLocalNames: Set<String> = Set(allCases.compactMap { property in
        let (namespace, name) = property.namespaceAndName
        return namespace == Namespace.skos ? name : nil
    })
}
