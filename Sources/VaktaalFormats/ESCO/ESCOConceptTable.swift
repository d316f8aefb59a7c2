import VaktaalModel

/// Reads an ESCO file with one concept (or concept scheme) per row: the pillar files (`skills`,
/// `occupations`, `skillGroups`, `ISCOGroups`), `conceptSchemes` and the collection files.
///
/// It needs `conceptUri` (or `conceptSchemeUri`), `conceptType` and `preferredLabel`; the other
/// columns are read where present, in any order, and columns it does not know are passed over
/// (the import warns about them, see ``ESCOFile/warnings(header:)``).
struct ESCOConceptTable {
    /// A cell's bytes, or part of a cell.
    typealias Bytes = UnsafeBufferPointer<UInt8>

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
        try CSVTable.streamBytes(reader, header: { try readHeader($0.decoded.fields) }, row: { try readRow($0, into: &builder) })
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

    private func readRow(_ record: CSVByteRecord, into builder: inout ESCOGraphBuilder) throws {
        let subject = record[subjectColumn]
        guard CSVCell.isIRI(subject) else {
            throw reader.error("expected the concept's IRI, found '\(record.string(subjectColumn))'", record: record, field: subjectColumn,
                               format: "ESCO CSV")
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
            builder.add(subject, KnownProperty.inScheme.iri, iri: scheme)
        }
    }

    private func read(_ column: Column, _ value: Bytes, subject: Bytes, into builder: inout ESCOGraphBuilder,
                      error: (String) -> ParseError) throws {
        switch column {
        case .conceptType:
            guard let classes = ESCOVocabulary.classes(conceptType: String(decoding: value, as: UTF8.self)) else {
                throw error("unknown conceptType '\(String(decoding: value, as: UTF8.self))'; expected KnowledgeSkillCompetence, "
                            + "Occupation, SkillGroup, ISCOGroup or ConceptScheme")
            }
            for type in classes { builder.add(subject, WellKnownIRI.rdfType, iri: type) }
        case .conceptUri, .conceptSchemeUri, .broaderConceptPT:
            break
        case .preferredLabel:
            builder.add(subject, KnownProperty.prefLabel.iri, text: value)
        case .altLabels:
            func add(_ label: Bytes) { builder.add(subject, KnownProperty.altLabel.iri, text: label) }
            if isCollection { CSVCell.forEachItem(value, separatedBy: Self.itemSeparator, add) } else { CSVCell.forEachLine(value, add) }
        case .hiddenLabels:
            CSVCell.forEachLine(value) { builder.add(subject, KnownProperty.hiddenLabel.iri, text: $0) }
        case .status:
            builder.add(subject, ESCOVocabulary.status, literal: value)
        case .modifiedDate:
            let date = String(decoding: value, as: UTF8.self)
            guard let datatype = CSVCell.dateDatatype(date) else {
                throw error("expected a date such as 2016-07-05T13:58:41Z, found '\(date)'")
            }
            builder.add(subject, KnownProperty.modified.iri, literal: value, datatype: datatype)
        case .scopeNote:
            builder.add(subject, KnownProperty.scopeNote.iri, text: value)
        case .definition:
            builder.add(subject, KnownProperty.definition.iri, text: value)
        case .description:
            builder.add(subject, KnownProperty.description.iri, text: value)
        case .title:
            builder.add(subject, KnownProperty.title.iri, text: value)
        case .code:
            builder.add(subject, KnownProperty.notation.iri, literal: value)
        case .inScheme, .hasTopConcept, .broaderConceptUri, .regulatedProfessionNote, .naceCode:
            try readIRIs(column, value, subject: subject, into: &builder, error: error)
        case .skillType, .reuseLevel, .iscoGroup:
            try readCode(column, String(decoding: value, as: UTF8.self), subject: subject, into: &builder, error: error)
        }
    }

    /// The columns holding one of a few codes, read as strings (they are short).
    private func readCode(_ column: Column, _ value: String, subject: Bytes, into builder: inout ESCOGraphBuilder,
                          error: (String) -> ParseError) throws {
        switch column {
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
        default:
            guard value.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw error("expected an ISCO-08 code of digits, found '\(value)'")
            }
            builder.add(subject, ESCOVocabulary.memberOfISCOGroup, iri: ESCOVocabulary.iscoGroupIRI(code: value))
        }
    }

    private var isCollection: Bool { file.kind == .collection }

    /// The separator of the lists in the collection files' cells.
    private static let itemSeparator = Array(" | ".utf8)

    /// Columns holding IRIs: one per line (ending in a comma in some files), or ` | `-separated in
    /// the collection files.
    private func readIRIs(_ column: Column, _ value: Bytes, subject: Bytes, into builder: inout ESCOGraphBuilder,
                          error: (String) -> ParseError) throws {
        let predicate: String
        switch column {
        case .inScheme: predicate = KnownProperty.inScheme.iri
        case .hasTopConcept: predicate = KnownProperty.hasTopConcept.iri
        case .broaderConceptUri: predicate = KnownProperty.broader.iri
        case .naceCode: predicate = ESCOVocabulary.hasNACECode
        default: predicate = ESCOVocabulary.regulatedProfessionNote
        }
        func add(_ item: Bytes) throws {
            let iri = CSVCell.trimmed(item)
            if iri.isEmpty { return }
            guard CSVCell.isIRI(iri) else {
                throw error("expected IRIs in \(column.rawValue), found '\(String(decoding: iri, as: UTF8.self))'")
            }
            builder.add(subject, predicate, iri: iri)
        }
        if column == .broaderConceptUri {
            try CSVCell.forEachItem(value, separatedBy: Self.itemSeparator, add)
        } else {
            try CSVCell.forEachLine(value) { line in
                try add(line.last == UInt8(ascii: ",") ? UnsafeBufferPointer(rebasing: line.dropLast()) : line)
            }
        }
    }

    /// The text without leading and trailing spaces and tabs.
    static func trimmed(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[first...last])
    }
}
