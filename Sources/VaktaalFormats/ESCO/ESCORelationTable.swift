import VaktaalModel

/// Reads ESCO's relation files: broader relations in either pillar (`skos:broader`),
/// occupation–skill and skill–skill relations (`esco:relatedEssentialSkill` /
/// `esco:relatedOptionalSkill`, from the occupation or original skill to the skill).
///
/// The type columns (`conceptType`, `broaderType`, `skillType`, …) repeat what the concept files
/// say about the concepts at either end; they are checked to be ESCO values, not imported again.
struct ESCORelationTable {
    /// The columns of each relation file: subject column, relation column (nil for broader), object
    /// column, and the type columns.
    struct Layout {
        let subject: String
        let relation: String?
        let object: String
        let types: [String]
    }

    static let broader = Layout(subject: "conceptUri", relation: nil, object: "broaderUri", types: ["conceptType", "broaderType"])
    static let occupationSkill = Layout(subject: "occupationUri", relation: "relationType", object: "skillUri", types: ["skillType"])
    static let skillSkill = Layout(subject: "originalSkillUri", relation: "relationType", object: "relatedSkillUri",
                                   types: ["originalSkillType", "relatedSkillType"])
    static let knownTypes: Set<String> = ["", "KnowledgeSkillCompetence", "Occupation", "SkillGroup", "ISCOGroup", "skill/competence", "knowledge"]

    let reader: CSVReader
    let layout: Layout
    private var subject = 0
    private var relation: Int?
    private var object = 0
    private var types: [Int] = []

    init(file: ESCOFile, reader: CSVReader) {
        self.reader = reader
        switch file.kind {
        case .occupationSkillRelations: layout = Self.occupationSkill
        case .skillSkillRelations: layout = Self.skillSkill
        default: layout = Self.broader
        }
    }

    mutating func read(into builder: inout ESCOGraphBuilder) throws {
        try CSVTable.stream(reader, header: { try readHeader($0.fields) }, row: { try readRow($0, into: &builder) })
    }

    private mutating func readHeader(_ names: [String]) throws {
        func index(_ name: String) throws -> Int {
            guard let index = names.firstIndex(of: name) else {
                throw ParseError(format: "ESCO CSV", location: SourceLocation(file: reader.file, line: 1),
                                 message: "no '\(name)' column; expected \(([layout.subject] + [layout.relation].compactMap { $0 } + [layout.object] + layout.types).joined(separator: ", "))")
            }
            return index
        }
        subject = try index(layout.subject)
        relation = try layout.relation.map(index)
        object = try index(layout.object)
        types = try layout.types.map(index)
        let known = Set([subject, object] + types + [relation].compactMap { $0 })
        if let unknown = names.indices.first(where: { !known.contains($0) }) {
            throw ParseError(format: "ESCO CSV", location: SourceLocation(file: reader.file, line: 1),
                             message: "unknown column '\(names[unknown])' in an ESCO relation file")
        }
    }

    private func readRow(_ record: CSVRecord, into builder: inout ESCOGraphBuilder) throws {
        for index in [subject, object] where !CSVCell.isIRI(record[index]) {
            throw reader.error("expected an IRI, found '\(record[index])'", record: record, field: index, format: "ESCO CSV")
        }
        for index in types where !Self.knownTypes.contains(record[index]) {
            throw reader.error("unknown ESCO type '\(record[index])'", record: record, field: index, format: "ESCO CSV")
        }
        let predicate: String
        if let relation {
            switch record[relation] {
            case "essential": predicate = ESCOVocabulary.relatedEssentialSkill
            case "optional": predicate = ESCOVocabulary.relatedOptionalSkill
            default:
                throw reader.error("unknown relationType '\(record[relation])'; expected 'essential' or 'optional'",
                                   record: record, field: relation, format: "ESCO CSV")
            }
        } else {
            predicate = Namespace.skos + "broader"
        }
        builder.add(record[subject], predicate, iri: record[object])
    }
}
