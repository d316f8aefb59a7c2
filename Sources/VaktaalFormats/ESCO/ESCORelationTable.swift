import VaktaalModel

/// Reads ESCO's relation files: broader relations in either pillar (`skos:broader`),
/// occupation–skill and skill–skill relations (`esco:relatedEssentialSkill` /
/// `esco:relatedOptionalSkill`, from the occupation or original skill to the skill).
///
/// The type columns (`conceptType`, `broaderType`, `skillType`, …) repeat what the concept files
/// say about the concepts at either end; where present they are checked to be ESCO values, not
/// imported again. So do the label columns of v1.2.1 (`conceptLabel`, `occupationLabel`, …),
/// which are passed over. The subject, relation and object columns are required.
struct ESCORelationTable {
    /// The columns of each relation file: subject column, relation column (nil for broader), object
    /// column, the type columns and the label columns.
    struct Layout {
        /// What the file holds, in words.
        let description: String
        let subject: String
        let relation: String?
        let object: String
        let types: [String]
        let labels: [String]

        /// Every column of this layout.
        var knownColumns: Set<String> {
            Set([subject, object] + [relation].compactMap { $0 } + types + labels)
        }
    }

    static let broader = Layout(description: "broader relations", subject: "conceptUri", relation: nil, object: "broaderUri",
                                types: ["conceptType", "broaderType"], labels: ["conceptLabel", "broaderLabel"])
    static let occupationSkill = Layout(description: "occupation–skill relations", subject: "occupationUri", relation: "relationType",
                                        object: "skillUri", types: ["skillType"], labels: ["occupationLabel", "skillLabel"])
    static let skillSkill = Layout(description: "skill–skill relations", subject: "originalSkillUri", relation: "relationType",
                                   object: "relatedSkillUri", types: ["originalSkillType", "relatedSkillType"],
                                   labels: ["originalSkillLabel", "relatedSkillLabel"])
    /// The values a type column may hold (an empty cell among them), as bytes to compare with the cells.
    static let knownTypes = ["", "KnowledgeSkillCompetence", "Occupation", "SkillGroup", "ISCOGroup", "skill/competence", "knowledge"]
        .map { Array($0.utf8) }
    /// The `relationType` values, as bytes.
    private static let essential = Array("essential".utf8), optional = Array("optional".utf8)

    let reader: CSVReader
    let layout: Layout
    /// The file name, for messages.
    private let file: String
    private var subject = 0
    private var relation: Int?
    private var object = 0
    private var types: [Int] = []

    init(file: ESCOFile, reader: CSVReader) {
        self.reader = reader
        self.file = file.name
        layout = Self.layout(for: file.kind)
    }

    /// The layout of a kind of relation file (broader relations for any other kind).
    static func layout(for kind: ESCOFile.Kind) -> Layout {
        switch kind {
        case .occupationSkillRelations: occupationSkill
        case .skillSkillRelations: skillSkill
        default: broader
        }
    }

    mutating func read(into builder: inout ESCOGraphBuilder) throws {
        try CSVTable.streamBytes(reader, header: { try readHeader($0.decoded.fields) }, row: { try readRow($0, into: &builder) })
    }

    private mutating func readHeader(_ names: [String]) throws {
        func index(_ name: String) throws -> Int {
            guard let index = names.firstIndex(of: name) else {
                let required = [layout.subject] + [layout.relation].compactMap { $0 } + [layout.object]
                throw ParseError(format: "ESCO CSV", location: SourceLocation(file: reader.file, line: 1),
                                 message: "no '\(name)' column; \(file) has the columns of ESCO's \(layout.description), which need "
                                     + "\(required.joined(separator: ", ")) (docs/esco.md)")
                    .withSourceLine(from: reader.bytes)
            }
            return index
        }
        subject = try index(layout.subject)
        relation = try layout.relation.map(index)
        object = try index(layout.object)
        types = layout.types.compactMap { names.firstIndex(of: $0) }
    }

    private func readRow(_ record: CSVByteRecord, into builder: inout ESCOGraphBuilder) throws {
        for index in [subject, object] where !CSVCell.isIRI(record[index]) {
            throw reader.error("expected an IRI, found '\(record.string(index))'", record: record, field: index, format: "ESCO CSV")
        }
        for index in types where !Self.knownTypes.contains(where: { $0.elementsEqual(record[index]) }) {
            throw reader.error("unknown ESCO type '\(record.string(index))'", record: record, field: index, format: "ESCO CSV")
        }
        let predicate: String
        if let relation {
            let value = record[relation]
            if value.elementsEqual(Self.essential) {
                predicate = ESCOVocabulary.relatedEssentialSkill
            } else if value.elementsEqual(Self.optional) {
                predicate = ESCOVocabulary.relatedOptionalSkill
            } else {
                throw reader.error("unknown relationType '\(record.string(relation))'; expected 'essential' or 'optional'",
                                   record: record, field: relation, format: "ESCO CSV")
            }
        } else {
            predicate = KnownProperty.broader.iri
        }
        builder.add(record[subject], predicate, iri: record[object])
    }
}
