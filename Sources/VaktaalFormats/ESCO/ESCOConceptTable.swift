import VaktaalModel

/// Reads an ESCO file with one concept (or concept scheme) per row: the pillar files (`skills`,
/// `occupations`, `skillGroups`, `ISCOGroups`), `conceptSchemes` and the collection files.
///
/// It needs `conceptUri` (or `conceptSchemeUri`), `conceptType` and `preferredLabel`; the other
/// columns are read where present, in any order, and columns it does not know are passed over
/// (the import warns about them, see ``ESCOFile/warnings(header:)``).
struct ESCOConceptTable {
    /// What one column means; the same name means the same in every file.
    enum Column: String, CaseIterable {
        case conceptType, conceptUri, conceptSchemeUri, preferredLabel, altLabels, hiddenLabels, status, modifiedDate
        case scopeNote, definition, description, inScheme, code, skillType, reuseLevel, iscoGroup, regulatedProfessionNote
        case title, hasTopConcept, broaderConceptUri, broaderConceptPT, naceCode
    }

    /// The columns this table reads.
    static let knownColumns = Set(Column.allCases.map(\.rawValue))

    let file: ESCOFile
    let reader: CSVReader
    /// The meaning of each column of the file; nil for one this table does not know.
    private var columns: [Column?] = []
    private var subjectColumn = 0

    /// The scheme every row of a collection file is in, when known.
    private let scheme: String?

    init(file: ESCOFile, reader: CSVReader) {
        self.file = file
        self.reader = reader
        scheme = file.collectionScheme
    }

    /// Reads every row into `builder`.
    mutating func read(into builder: inout ESCOGraphBuilder) throws {
        try CSVTable.stream(reader, header: { try readHeader($0.fields) }, row: { try readRow($0, into: &builder) })
    }

    private mutating func readHeader(_ names: [String]) throws {
        columns = names.map(Column.init(rawValue:))
        guard let subject = columns.firstIndex(where: { $0 == .conceptUri || $0 == .conceptSchemeUri }) else {
            throw headerError("no conceptUri column: every ESCO concept file names its concepts' IRIs in one")
        }
        subjectColumn = subject
        for required in [Column.conceptType, .preferredLabel] where !columns.contains(required) {
            throw headerError("no '\(required.rawValue)' column; \(file.name) has the columns of ESCO's \(file.kind.description), "
                              + "which need conceptType, conceptUri and preferredLabel (docs/esco.md)")
        }
    }

    private func headerError(_ message: String) -> ParseError {
        ParseError(format: "ESCO CSV", location: SourceLocation(file: reader.file, line: 1, column: 0), message: message)
            .withSourceLine(from: reader.bytes)
    }

    private func readRow(_ record: CSVRecord, into builder: inout ESCOGraphBuilder) throws {
        let subject = record[subjectColumn]
        guard CSVCell.isIRI(subject) else {
            throw reader.error("expected the concept's IRI, found '\(subject)'", record: record, field: subjectColumn, format: "ESCO CSV")
        }
        for (index, column) in columns.enumerated() where index != subjectColumn {
            guard let column else { continue }
            let value = record[index]
            if value.isEmpty { continue }
            try read(column, value, subject: subject, into: &builder) { message in
                reader.error(message, record: record, field: index, format: "ESCO CSV")
            }
        }
        if let scheme {
            builder.add(subject, Namespace.skos + "inScheme", iri: scheme)
        }
    }

    private func read(_ column: Column, _ value: String, subject: String, into builder: inout ESCOGraphBuilder,
                      error: (String) -> ParseError) throws {
        let language = file.language
        switch column {
        case .conceptType:
            guard let classes = ESCOVocabulary.classes(conceptType: value) else {
                throw error("unknown conceptType '\(value)'; expected KnowledgeSkillCompetence, Occupation, SkillGroup, ISCOGroup or ConceptScheme")
            }
            for type in classes { builder.add(subject, Namespace.rdf + "type", iri: type) }
        case .conceptUri, .conceptSchemeUri, .broaderConceptPT:
            break
        case .preferredLabel:
            builder.add(subject, Namespace.skos + "prefLabel", text: value, language: language)
        case .altLabels:
            let labels = isCollection ? CSVCell.items(value, separatedBy: " | ") : CSVCell.lines(value)
            for label in labels { builder.add(subject, Namespace.skos + "altLabel", text: label, language: language) }
        case .hiddenLabels:
            for label in CSVCell.lines(value) { builder.add(subject, Namespace.skos + "hiddenLabel", text: label, language: language) }
        case .status:
            builder.add(subject, ESCOVocabulary.status, literal: Literal(value))
        case .modifiedDate:
            guard let datatype = CSVCell.dateDatatype(value) else {
                throw error("expected a date such as 2016-07-05T13:58:41Z, found '\(value)'")
            }
            builder.add(subject, Namespace.dcterms + "modified", literal: Literal(value, datatype: datatype))
        case .scopeNote:
            builder.add(subject, Namespace.skos + "scopeNote", text: value, language: language)
        case .definition:
            builder.add(subject, Namespace.skos + "definition", text: value, language: language)
        case .description:
            builder.add(subject, Namespace.dcterms + "description", text: value, language: language)
        case .title:
            builder.add(subject, Namespace.dcterms + "title", text: value, language: language)
        case .code:
            builder.add(subject, Namespace.skos + "notation", literal: Literal(value))
        case .inScheme, .hasTopConcept, .broaderConceptUri, .regulatedProfessionNote, .naceCode:
            try readIRIs(column, value, subject: subject, into: &builder, error: error)
        case .skillType:
            guard let type = ESCOVocabulary.skillTypeIRI(value) else {
                throw error("unknown skillType '\(value)'; expected 'skill/competence' or 'knowledge'")
            }
            builder.add(subject, ESCOVocabulary.skillType, iri: type)
        case .reuseLevel:
            guard let level = ESCOVocabulary.reuseLevelIRI(value) else {
                throw error("unknown reuseLevel '\(value)'; expected transversal, cross-sector, sector-specific or occupation-specific")
            }
            builder.add(subject, ESCOVocabulary.skillReuseLevel, iri: level)
        case .iscoGroup:
            guard value.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw error("expected an ISCO-08 code of digits, found '\(value)'")
            }
            builder.add(subject, ESCOVocabulary.memberOfISCOGroup, iri: ESCOVocabulary.iscoGroupIRI(code: value))
        }
    }

    private var isCollection: Bool { file.kind == .collection }

    /// Columns holding IRIs: one per line (ending in a comma in some files), or ` | `-separated in
    /// the collection files.
    private func readIRIs(_ column: Column, _ value: String, subject: String, into builder: inout ESCOGraphBuilder,
                          error: (String) -> ParseError) throws {
        let predicate: String
        var items: [String]
        switch column {
        case .inScheme: predicate = Namespace.skos + "inScheme"
        case .hasTopConcept: predicate = Namespace.skos + "hasTopConcept"
        case .broaderConceptUri: predicate = Namespace.skos + "broader"
        case .naceCode: predicate = ESCOVocabulary.hasNACECode
        default: predicate = ESCOVocabulary.regulatedProfessionNote
        }
        if column == .broaderConceptUri {
            items = CSVCell.items(value, separatedBy: " | ")
        } else {
            items = CSVCell.lines(value).map { $0.hasSuffix(",") ? String($0.dropLast()) : $0 }
        }
        items = items.map(ESCOConceptTable.trimmed).filter { !$0.isEmpty }
        for iri in items {
            guard CSVCell.isIRI(iri) else { throw error("expected IRIs in \(column.rawValue), found '\(iri)'") }
            builder.add(subject, predicate, iri: iri)
        }
    }

    /// The text without leading and trailing spaces and tabs.
    static func trimmed(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[first...last])
    }
}
