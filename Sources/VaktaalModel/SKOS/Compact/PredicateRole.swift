/// What a predicate means to the vocabulary builder, worked out once per distinct predicate IRI
/// instead of by string comparisons for every triple.
enum PredicateRole: UInt8, Sendable {
    /// Nothing the model takes.
    case other
    /// `rdf:type`.
    case type
    /// `skos:prefLabel`, `skos:altLabel`, `skos:hiddenLabel`.
    case prefLabel, altLabel, hiddenLabel
    /// `skosxl:prefLabel`, `skosxl:altLabel`, `skosxl:hiddenLabel`.
    case xlPrefLabel, xlAltLabel, xlHiddenLabel
    /// The SKOS documentation properties.
    case definition, scopeNote, note, example, historyNote, editorialNote, changeNote
    /// `skos:notation`.
    case notation
    /// The SKOS mapping properties.
    case exactMatch, closeMatch, broadMatch, narrowMatch, relatedMatch
    /// SKOS semantic relations and scheme membership.
    case broader, narrower, related, inScheme, topConceptOf
    /// `skos:hasTopConcept`, `skos:member`.
    case hasTopConcept, member
    /// `skosxl:literalForm`.
    case literalForm
    /// `owl:deprecated`, `dcterms:isReplacedBy`.
    case deprecated, replacedBy
    /// `dcterms:created`, `dcterms:modified`, `dcterms:issued`.
    case created, modified, issued
    /// `dcterms:title`, `dcterms:description`, `owl:versionInfo`.
    case title, description, versionInfo
    /// `owl:annotatedSource`, `owl:annotatedProperty`, `owl:annotatedTarget`.
    case annotatedSource, annotatedProperty, annotatedTarget
    /// `sssom:mappings`.
    case mappingSetMember
    /// SSSOM provenance properties.
    case confidence, mappingJustification, authorID, mappingDate, comment

    /// The role of a predicate IRI (string comparisons as the model's own).
    init(_ predicate: String) {
        if predicate == WellKnownIRI.rdfType { self = .type; return }
        if predicate.hasPrefix(Namespace.skos) {
            self = Self.skos[String(predicate.dropFirst(Namespace.skos.count))] ?? .other
        } else if predicate.hasPrefix(Namespace.skosxl) {
            switch LabelKind(rawValue: String(predicate.dropFirst(Namespace.skosxl.count))) {
            case .preferred: self = .xlPrefLabel
            case .alternative: self = .xlAltLabel
            case .hidden: self = .xlHiddenLabel
            case nil: self = predicate == Namespace.skosxl + "literalForm" ? .literalForm : .other
            }
        } else if predicate.hasPrefix(Namespace.sssom) {
            self = Self.sssom[String(predicate.dropFirst(Namespace.sssom.count))] ?? .other
        } else {
            self = Self.others[predicate] ?? .other
        }
    }

    private static let skos: [String: PredicateRole] = [
        "prefLabel": .prefLabel, "altLabel": .altLabel, "hiddenLabel": .hiddenLabel,
        "definition": .definition, "scopeNote": .scopeNote, "note": .note, "example": .example,
        "historyNote": .historyNote, "editorialNote": .editorialNote, "changeNote": .changeNote,
        "notation": .notation,
        "exactMatch": .exactMatch, "closeMatch": .closeMatch, "broadMatch": .broadMatch,
        "narrowMatch": .narrowMatch, "relatedMatch": .relatedMatch,
        "broader": .broader, "narrower": .narrower, "related": .related, "inScheme": .inScheme,
        "topConceptOf": .topConceptOf, "hasTopConcept": .hasTopConcept, "member": .member,
    ]

    private static let sssom: [String: PredicateRole] = [
        "mappings": .mappingSetMember, "confidence": .confidence, "mapping_justification": .mappingJustification,
        "author_id": .authorID, "mapping_date": .mappingDate, "comment": .comment,
    ]

    private static let others: [String: PredicateRole] = [
        Namespace.owl + "deprecated": .deprecated, Namespace.dcterms + "isReplacedBy": .replacedBy,
        DateKind.created.property: .created, DateKind.modified.property: .modified, DateKind.issued.property: .issued,
        Namespace.dcterms + "title": .title, Namespace.dcterms + "description": .description,
        Namespace.owl + "versionInfo": .versionInfo,
        Namespace.owl + "annotatedSource": .annotatedSource, Namespace.owl + "annotatedProperty": .annotatedProperty,
        Namespace.owl + "annotatedTarget": .annotatedTarget,
    ]

    /// The field of ``ConceptField`` a concept's value of this property is kept in (the kind of
    /// label, note, link or date follows from the field), or nil for properties kept otherwise.
    var conceptField: ConceptField? {
        switch self {
        case .notation: .notation
        case .prefLabel: .prefLabel
        case .altLabel: .altLabel
        case .hiddenLabel: .hiddenLabel
        case .xlPrefLabel: .xlPrefLabel
        case .xlAltLabel: .xlAltLabel
        case .xlHiddenLabel: .xlHiddenLabel
        case .definition: .definition
        case .scopeNote: .scopeNote
        case .note: .note
        case .example: .example
        case .historyNote: .historyNote
        case .editorialNote: .editorialNote
        case .changeNote: .changeNote
        case .broader: .broader
        case .narrower: .narrower
        case .related: .related
        case .inScheme: .inScheme
        case .topConceptOf: .topConceptOf
        case .replacedBy: .replacedBy
        case .created: .created
        case .modified: .modified
        case .issued: .issued
        default: nil
        }
    }

    /// The match type of a mapping property.
    var matchType: MatchType? {
        switch self {
        case .exactMatch: .exact
        case .closeMatch: .close
        case .broadMatch: .broad
        case .narrowMatch: .narrow
        case .relatedMatch: .related
        default: nil
        }
    }
}
