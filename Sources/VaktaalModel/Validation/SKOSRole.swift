/// What a predicate means to validation: the SKOS (and RDFS, Dublin Core) properties it stands
/// for. A property declared `rdfs:subPropertyOf` one of these in the data takes its roles over,
/// as qSKOS does with RDFS inference.
enum SKOSRole: Int, CaseIterable, Sendable {
    case prefLabel, altLabel, hiddenLabel
    case xlPrefLabel, xlAltLabel, xlHiddenLabel, xlLiteralForm
    case note, changeNote, definition, editorialNote, example, historyNote, scopeNote
    case broader, narrower, broaderTransitive, narrowerTransitive, related
    case broadMatch, narrowMatch, exactMatch, closeMatch, relatedMatch, mappingRelation, semanticRelation
    case inScheme, topConceptOf, hasTopConcept, member, memberList
    case rdfsLabel, dcTitle, dctermsTitle

    /// The property IRI.
    var iri: String {
        switch self {
        case .xlPrefLabel: Namespace.skosxl + "prefLabel"
        case .xlAltLabel: Namespace.skosxl + "altLabel"
        case .xlHiddenLabel: Namespace.skosxl + "hiddenLabel"
        case .xlLiteralForm: Namespace.skosxl + "literalForm"
        case .rdfsLabel: Namespace.rdfs + "label"
        case .dcTitle: Namespace.dc + "title"
        case .dctermsTitle: Namespace.dcterms + "title"
        default: Namespace.skos + String(describing: self)
        }
    }

    /// The property as `skos:broader`.
    var qualifiedName: String { ValidationIndex.shortName(iri) }

    /// The role's bit.
    var mask: RoleMask { RoleMask(rawValue: 1 << UInt64(rawValue)) }

    /// The role of a property IRI, when it has one.
    static let byIRI: [String: SKOSRole] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.iri, $0) })
}
