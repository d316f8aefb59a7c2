import VaktaalModel

/// The columns of the spreadsheet layout, in the order they are written. docs/spreadsheet.md
/// describes each; ``SpreadsheetColumn`` adds the language for the language-tagged ones.
enum SpreadsheetField: String, CaseIterable, Comparable {
    case conceptType, conceptUri, notation
    case preferredLabel, altLabels, hiddenLabels
    case definition, scopeNote, note, example, historyNote, editorialNote, changeNote
    case broader, narrower, related, inScheme, topConceptOf
    case exactMatch, closeMatch, broadMatch, narrowMatch, relatedMatch
    case deprecated, isReplacedBy, created, modified, issued
    case title, description, hasTopConcept, versionInfo, member
    case mappingSource, mappingRelation, mappingTarget, confidence, mappingJustification, mappingAuthor, mappingDate
    case mappingComment, mappingObjectLabel, mappingSet
    case extra

    /// How a column's cells hold values.
    enum Kind {
        /// The row's subject: an IRI or `_:label`.
        case subject
        /// One of the type names (`Concept`, …) for `rdf:type`.
        case type
        /// One language-tagged (or untagged) text, verbatim, line breaks and all.
        case text
        /// Language-tagged (or untagged) texts, one per line.
        case textList
        /// Plain literals, one per line.
        case plainList
        /// IRIs, one per line.
        case iriList
        /// Dates, one per line; the datatype follows from the form (see ``CSVCell/dateDatatype(_:)``).
        case dateList
        /// `true` for `owl:deprecated true`.
        case boolean
        /// An `xsd:double` between 0 and 1.
        case confidence
        /// A SKOS mapping property by its local name (`exactMatch`, …).
        case matchType
        /// IRIs that state `<iri> sssom:mappings <row>`: the property points at the row.
        case inverseIRIList
        /// Other triples of the row's subject, one `<predicate> object` per line in N-Triples syntax.
        case extra
    }

    var kind: Kind {
        switch self {
        case .conceptUri: .subject
        case .conceptType: .type
        case .preferredLabel, .definition, .scopeNote, .note, .example, .historyNote, .editorialNote, .changeNote,
             .title, .description, .mappingComment, .mappingObjectLabel: .text
        case .altLabels, .hiddenLabels: .textList
        case .notation, .versionInfo: .plainList
        case .created, .modified, .issued, .mappingDate: .dateList
        case .deprecated: .boolean
        case .confidence: .confidence
        case .mappingRelation: .matchType
        case .mappingSet: .inverseIRIList
        case .extra: .extra
        default: .iriList
        }
    }

    /// Whether the column is written once per language (`preferredLabel@nl`).
    var hasLanguage: Bool { kind == .text || kind == .textList }

    /// The property the column stands for.
    var predicate: String {
        let skos = Namespace.skos, dcterms = Namespace.dcterms, owl = Namespace.owl, sssom = Namespace.sssom
        switch self {
        case .conceptType: return Namespace.rdf + "type"
        case .conceptUri, .extra: return ""
        case .preferredLabel: return skos + "prefLabel"
        case .altLabels: return skos + "altLabel"
        case .hiddenLabels: return skos + "hiddenLabel"
        case .deprecated: return owl + "deprecated"
        case .isReplacedBy, .created, .modified, .issued, .title, .description: return dcterms + rawValue
        case .versionInfo: return owl + "versionInfo"
        case .mappingSource: return owl + "annotatedSource"
        case .mappingRelation: return owl + "annotatedProperty"
        case .mappingTarget: return owl + "annotatedTarget"
        case .confidence: return sssom + "confidence"
        case .mappingJustification: return sssom + "mapping_justification"
        case .mappingAuthor: return sssom + "author_id"
        case .mappingDate: return sssom + "mapping_date"
        case .mappingComment: return sssom + "comment"
        case .mappingObjectLabel: return sssom + "object_label"
        case .mappingSet: return sssom + "mappings"
        default: return skos + rawValue
        }
    }

    /// The field for a property, when one column stands for it.
    static let byPredicate: [String: SpreadsheetField] = Dictionary(
        uniqueKeysWithValues: allCases.filter { !$0.predicate.isEmpty }.map { ($0.predicate, $0) })

    /// The names of the `conceptType` column and the classes they stand for.
    static let typeNames: [(name: String, iri: String)] = [
        ("ConceptScheme", Namespace.skos + "ConceptScheme"), ("Concept", Namespace.skos + "Concept"),
        ("Collection", Namespace.skos + "Collection"), ("OrderedCollection", Namespace.skos + "OrderedCollection"),
        ("Mapping", Namespace.owl + "Axiom"),
    ]

    static func < (lhs: SpreadsheetField, rhs: SpreadsheetField) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
