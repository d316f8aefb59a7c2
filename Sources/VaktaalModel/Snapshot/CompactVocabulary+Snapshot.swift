/// A compact vocabulary in a snapshot: its term table and concept rows as columns, its schemes,
/// collections and mappings value by value.
extension CompactVocabulary {
    /// Writes the vocabulary's sections.
    func write(to writer: inout SnapshotWriter) {
        writer.section(.terms)
        let columns = terms.columns
        writer.column(columns.text)
        writer.column(columns.bounds)
        writer.column(columns.tags)

        writer.section(.concepts)
        writer.column(rows.map(\.iri))
        writer.column(rows.map { UInt8($0.isTyped ? 1 : 0) | UInt8($0.isDeprecated ? 2 : 0) })
        writer.column(rows.map { UInt64($0.values.lowerBound) })
        writer.column(rows.map { UInt64($0.values.upperBound) })
        writer.column(values.map(\.field.rawValue))
        writer.column(values.map(\.id))
        writer.column(xlLabels.map(\.resource))
        writer.column(xlLabels.map(\.form))
        writer.column(extraTriples.map(\.subject))
        writer.column(extraTriples.map(\.predicate))
        writer.column(extraTriples.map(\.object))

        writer.section(.schemes)
        writer.integer(UInt32(schemes.count))
        for scheme in schemes { writer.scheme(scheme) }

        writer.section(.model)
        writer.integer(UInt32(collections.count))
        for collection in collections { writer.collection(collection) }
        writer.integer(UInt32(mappings.count))
        for mapping in mappings { writer.mapping(mapping) }
        writer.strings(prefixes.map(\.prefix))
        writer.strings(prefixes.map(\.namespace))
    }

    /// Reads the sections ``write(to:)`` wrote, checking that every id and range points inside
    /// what it refers to.
    init(from open: (SnapshotSection) throws(SnapshotError) -> SnapshotReader) throws(SnapshotError) {
        var reader = try open(.terms)
        try reader.expect(.terms)
        let text: [UInt8] = try reader.column()
        let bounds: [Int] = try reader.column()
        let tags: [UInt32] = try reader.column()
        try Self.check(text: text, bounds: bounds, tags: tags, reader)
        self.init(terms: TermTable(text: text, bounds: bounds, tags: tags))
        let termCount = UInt32(tags.count)

        reader = try open(.concepts)
        try reader.expect(.concepts)
        let iris: [TermID] = try reader.column()
        let flags: [UInt8] = try reader.column()
        let lower: [UInt64] = try reader.column()
        let upper: [UInt64] = try reader.column()
        let fields: [UInt8] = try reader.column()
        let ids: [TermID] = try reader.column()
        let xlResources: [TermID] = try reader.column()
        let xlForms: [TermID] = try reader.column()
        let subjects: [TermID] = try reader.column()
        let predicates: [TermID] = try reader.column()
        let objects: [TermID] = try reader.column()
        guard flags.count == iris.count, lower.count == iris.count, upper.count == iris.count, ids.count == fields.count,
              xlForms.count == xlResources.count, predicates.count == subjects.count, objects.count == subjects.count else {
            throw reader.malformed("columns of equal length")
        }
        guard iris.allSatisfy({ $0 < termCount }), xlResources.allSatisfy({ $0 < termCount }), xlForms.allSatisfy({ $0 < termCount }),
              subjects.allSatisfy({ $0 < termCount }), predicates.allSatisfy({ $0 < termCount }), objects.allSatisfy({ $0 < termCount }) else {
            throw reader.malformed("term ids below \(termCount)")
        }
        values.reserveCapacity(fields.count)
        for (field, id) in zip(fields, ids) {
            guard let property = KnownProperty(rawValue: field), property.isConceptField else {
                throw reader.malformed("a concept field, not property number \(field)")
            }
            let bound = property.xlLabelKind != nil ? UInt32(xlForms.count) : termCount
            guard id < bound else { throw reader.malformed("a value id below \(bound)") }
            values.append(ConceptValue(field: property, id: id))
        }
        rows.reserveCapacity(iris.count)
        for row in iris.indices {
            guard lower[row] <= upper[row], upper[row] <= UInt64(values.count) else {
                throw reader.malformed("value ranges inside the \(values.count) values")
            }
            let conceptRow = ConceptRow(iri: iris[row], isTyped: flags[row] & 1 != 0, isDeprecated: flags[row] & 2 != 0,
                                        values: Int(lower[row])..<Int(upper[row]))
            upsert(conceptRow, iri: terms.string(iris[row]))
        }
        guard rows.count == iris.count else { throw reader.malformed("concepts with distinct IRIs") }
        xlLabels = zip(xlResources, xlForms).map { ($0, $1) }
        extraTriples = subjects.indices.map { StoredTriple(subject: subjects[$0], predicate: predicates[$0], object: objects[$0]) }

        for scheme in try Self.schemes(from: try open(.schemes)) { upsert(scheme) }
        reader = try open(.model)
        try reader.expect(.model)
        for _ in 0..<(try reader.count("collections")) { collections.append(try reader.collection()) }
        for _ in 0..<(try reader.count("mappings")) { mappings.append(try reader.mapping()) }
        let names = try reader.strings()
        let namespaces = try reader.strings()
        guard names.count == namespaces.count else { throw reader.malformed("as many namespaces as prefixes") }
        prefixes = Array(zip(names, namespaces))
    }

    /// Reads the schemes section alone (enough to resolve scheme names).
    static func schemes(from reader: SnapshotReader) throws(SnapshotError) -> [ConceptScheme] {
        var reader = reader
        try reader.expect(.schemes)
        var schemes: [ConceptScheme] = []
        for _ in 0..<(try reader.count("schemes")) { schemes.append(try reader.scheme()) }
        return schemes
    }

    /// Checks the term table's columns: ascending bounds within the text, known kinds, and
    /// language tags and datatypes that are terms of the table.
    private static func check(text: [UInt8], bounds: [Int], tags: [UInt32], _ reader: SnapshotReader) throws(SnapshotError) {
        guard bounds.count == tags.count + 1, bounds.first == 0, bounds.last == text.count else {
            throw reader.malformed("term bounds from 0 to the end of the text, one more than there are terms")
        }
        for index in tags.indices where bounds[index] > bounds[index + 1] {
            throw reader.malformed("ascending term bounds (term \(index))")
        }
        for (index, tag) in tags.enumerated() {
            guard let kind = TermKind(rawValue: tag & 7) else { throw reader.malformed("a term kind (term \(index))") }
            if kind == .languageLiteral || kind == .typedLiteral {
                guard Int(tag >> 3) < tags.count else { throw reader.malformed("a language tag or datatype term (term \(index))") }
            }
        }
    }
}
