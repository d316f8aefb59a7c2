import VaktaalModel

/// Reads `skillsHierarchy_<lang>.csv`: one row per skill group, with its path from the top (levels
/// 0–3: IRI, preferred term and code of each), and the description and scope note of the row's
/// deepest group. Rows may leave out trailing empty fields, as ESCO's export does.
///
/// Each level's IRI and preferred term columns are required; the codes, `Description` and
/// `Scope note` are read where present.
struct ESCOHierarchyTable {
    static let levels = 0...3

    /// The columns this table reads.
    static let knownColumns: Set<String> = Set(levels.flatMap { ["Level \($0) URI", "Level \($0) preferred term", "Level \($0) code"] })
        .union(["Description", "Scope note"])

    let file: ESCOFile
    let reader: CSVReader
    /// Column indices: per level the IRI, term and code; then description and scope note.
    private var iri: [Int] = []
    private var term: [Int] = []
    private var code: [Int?] = []
    private var description: Int?
    private var scopeNote: Int?

    init(file: ESCOFile, reader: CSVReader) {
        self.file = file
        self.reader = reader
    }

    mutating func read(into builder: inout ESCOGraphBuilder) throws {
        try CSVTable.streamBytes(reader, shortRows: .padWithEmptyFields,
                                 header: { try readHeader($0.decoded.fields) }, row: { try readRow($0, into: &builder) })
    }

    private mutating func readHeader(_ names: [String]) throws {
        func index(_ name: String) throws -> Int {
            guard let index = names.firstIndex(of: name) else {
                throw ParseError(format: "ESCO CSV", location: SourceLocation(file: reader.file, line: 1),
                                 message: "no '\(name)' column; \(file.name) has the columns of ESCO's skills hierarchy, which needs "
                                     + "'Level N URI' and 'Level N preferred term' for levels 0 to 3 (docs/esco.md)")
                    .withSourceLine(from: reader.bytes)
            }
            return index
        }
        iri = try Self.levels.map { try index("Level \($0) URI") }
        term = try Self.levels.map { try index("Level \($0) preferred term") }
        code = Self.levels.map { names.firstIndex(of: "Level \($0) code") }
        description = names.firstIndex(of: "Description")
        scopeNote = names.firstIndex(of: "Scope note")
    }

    private func readRow(_ record: CSVByteRecord, into builder: inout ESCOGraphBuilder) throws {
        var parent: UnsafeBufferPointer<UInt8>?
        var gap = false
        for level in Self.levels {
            let concept = record[iri[level]]
            if concept.isEmpty {
                if !record[term[level]].isEmpty || !cell(record, code[level]).isEmpty {
                    throw reader.error("level \(level) has a term or code but no IRI", record: record, field: iri[level], format: "ESCO CSV")
                }
                gap = true
                continue
            }
            guard CSVCell.isIRI(concept) else {
                throw reader.error("expected an IRI, found '\(record.string(iri[level]))'", record: record, field: iri[level], format: "ESCO CSV")
            }
            guard !gap else {
                throw reader.error("level \(level) is filled in but a level above it is empty", record: record, field: iri[level], format: "ESCO CSV")
            }
            if let parent { builder.add(concept, KnownProperty.broader.iri, iri: parent) }
            let label = record[term[level]]
            if !label.isEmpty { builder.add(concept, KnownProperty.prefLabel.iri, text: label) }
            let notation = cell(record, code[level])
            if !notation.isEmpty { builder.add(concept, KnownProperty.notation.iri, literal: notation) }
            parent = concept
        }
        guard let deepest = parent else {
            throw reader.error("the row names no skill group: every level's IRI is empty", record: record, field: nil, format: "ESCO CSV")
        }
        let text = cell(record, description)
        if !text.isEmpty {
            builder.add(deepest, KnownProperty.description.iri, text: text)
        }
        let note = cell(record, scopeNote)
        if !note.isEmpty {
            builder.add(deepest, KnownProperty.scopeNote.iri, text: note)
        }
    }

    /// The field in an optional column; empty when the file has no such column.
    private func cell(_ record: CSVByteRecord, _ column: Int?) -> UnsafeBufferPointer<UInt8> {
        column.map { record[$0] } ?? UnsafeBufferPointer(start: nil, count: 0)
    }
}
