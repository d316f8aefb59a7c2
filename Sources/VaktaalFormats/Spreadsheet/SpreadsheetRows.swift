import VaktaalModel

/// Lays a graph out as spreadsheet rows: one row per subject (concept, scheme, collection, mapping
/// annotation or other resource), each triple in the column that stands for it, or in `extra` when
/// no column can hold it exactly.
struct SpreadsheetRows {
    /// One row: its cells by column.
    struct Row {
        var subject: Term
        var cells: [SpreadsheetColumn: [String]] = [:]
    }

    private let graph: Graph
    private var order: [Term] = []
    private var triplesOf: [Term: [Triple]] = [:]
    /// `set sssom:mappings node` triples, shown in the node's row as its `mappingSet`.
    private var mappingSets: [Term: [String]] = [:]
    private var movedToObjectRow: Set<Triple> = []
    private var blankLabels: [String: String] = [:]

    init(_ graph: Graph) {
        self.graph = graph
        for triple in graph.triples {
            if triplesOf[triple.subject] == nil { order.append(triple.subject) }
            triplesOf[triple.subject, default: []].append(triple)
        }
        for triple in graph.triples where triple.predicate == SpreadsheetField.mappingSet.predicate {
            guard let set = triple.subject.iriValue, CSVCell.isIRI(set), triplesOf[triple.object] != nil else { continue }
            mappingSets[triple.object, default: []].append(set)
            movedToObjectRow.insert(triple)
        }
    }

    /// The columns in use and the rows, in the order they are written. A subject whose only triples
    /// are shown in other rows (a mapping set named only by `sssom:mappings`) gets no row.
    mutating func build() -> (columns: [SpreadsheetColumn], rows: [Row]) {
        let subjects = sortedSubjects()
        for subject in subjects { _ = label(subject) }
        var rows: [Row] = []
        var used: Set<SpreadsheetColumn> = [SpreadsheetColumn(.conceptType), SpreadsheetColumn(.conceptUri)]
        for subject in subjects {
            let row = makeRow(subject)
            if row.cells.count == 1 { continue }
            used.formUnion(row.cells.keys)
            rows.append(row)
        }
        return (used.sorted(), rows)
    }

    // MARK: Order

    /// The type name of a subject (`Concept`, …), the first of ``SpreadsheetField/typeNames`` it has.
    private func typeName(_ subject: Term) -> String? {
        let types = Set((triplesOf[subject] ?? []).filter { $0.predicate == Namespace.rdf + "type" }.compactMap(\.object.iriValue))
        return SpreadsheetField.typeNames.first { types.contains($0.iri) }?.name
    }

    /// Schemes, concepts, collections, mappings, then other resources; by IRI within each, blank
    /// nodes last (mappings by source, relation and target).
    private func sortedSubjects() -> [Term] {
        let ranks = ["ConceptScheme": 0, "Concept": 1, "Collection": 2, "OrderedCollection": 2, "Mapping": 3]
        let keyed = order.enumerated().map { index, subject -> (Int, Bool, String, Int, Term) in
            let rank = typeName(subject).flatMap { ranks[$0] } ?? 4
            return (rank, subject.isBlank, sortKey(subject), index, subject)
        }
        return keyed.sorted { ($0.0, $0.1 ? 1 : 0, $0.2, $0.3) < ($1.0, $1.1 ? 1 : 0, $1.2, $1.3) }.map(\.4)
    }

    private func sortKey(_ subject: Term) -> String {
        if let iri = subject.iriValue { return iri }
        let triples = triplesOf[subject] ?? []
        let parts = [SpreadsheetField.mappingSource, .mappingRelation, .mappingTarget].map { field in
            triples.first { $0.predicate == field.predicate }?.object.iriValue ?? ""
        }
        return parts.joined(separator: " ")
    }

    /// The term as written in a cell: the IRI, or `_:label` with labels numbered in row order.
    private mutating func label(_ term: Term) -> String {
        switch term {
        case .iri(let iri): return iri
        case .blank(let original):
            if let label = blankLabels[original] { return "_:" + label }
            let label = "b\(blankLabels.count + 1)"
            blankLabels[original] = label
            return "_:" + label
        case .literal(let literal): return literal.description
        }
    }

    // MARK: Cells

    private mutating func makeRow(_ subject: Term) -> Row {
        var row = Row(subject: subject)
        row.cells[SpreadsheetColumn(.conceptUri)] = [label(subject)]
        var candidates: [SpreadsheetColumn: [(value: String, triple: Triple)]] = [:]
        var extra: [Triple] = []
        for triple in triplesOf[subject] ?? [] where !movedToObjectRow.contains(triple) {
            if let (column, value) = SpreadsheetRows.place(triple) { candidates[column, default: []].append((value, triple)) }
            else { extra.append(triple) }
        }
        if let sets = mappingSets[subject] { row.cells[SpreadsheetColumn(.mappingSet)] = sets.sorted() }
        let typeName = typeName(subject)
        for (column, values) in candidates {
            let sorted = values.sorted { $0.value < $1.value }
            guard column.field.isSingleValued else {
                row.cells[column] = sorted.map(\.value)
                continue
            }
            let chosen = column.field == .conceptType ? sorted.first { $0.value == typeName } ?? sorted[0] : sorted[0]
            row.cells[column] = [chosen.value]
            extra += sorted.filter { $0.triple != chosen.triple }.map(\.triple)
        }
        if !extra.isEmpty {
            row.cells[SpreadsheetColumn(.extra)] = extra.map { "<\($0.predicate)> " + objectText($0.object) }.sorted()
        }
        return row
    }

    private mutating func objectText(_ object: Term) -> String {
        object.isBlank ? label(object) : object.description
    }

    /// The column and cell value a triple goes in, when a column can hold it exactly.
    static func place(_ triple: Triple) -> (SpreadsheetColumn, String)? {
        guard let field = SpreadsheetField.byPredicate[triple.predicate], field.kind != .inverseIRIList else { return nil }
        let object = triple.object
        switch field.kind {
        case .type:
            guard let iri = object.iriValue, let name = SpreadsheetField.typeNames.first(where: { $0.iri == iri })?.name else { return nil }
            return (SpreadsheetColumn(field), name)
        case .text, .textList:
            guard let literal = object.literalValue, literal.datatype == nil, !literal.lexicalForm.isEmpty,
                  field.kind == .text || fitsOnOneLine(literal.lexicalForm) else { return nil }
            return (SpreadsheetColumn(field, language: literal.language), literal.lexicalForm)
        case .plainList:
            guard let literal = object.literalValue, literal.datatype == nil, literal.language == nil,
                  fitsOnOneLine(literal.lexicalForm) else { return nil }
            return (SpreadsheetColumn(field), literal.lexicalForm)
        case .iriList:
            guard let iri = object.iriValue, CSVCell.isIRI(iri) else { return nil }
            return (SpreadsheetColumn(field), iri)
        case .dateList:
            guard let literal = object.literalValue, let datatype = literal.datatype,
                  CSVCell.dateDatatype(literal.lexicalForm) == datatype else { return nil }
            return (SpreadsheetColumn(field), literal.lexicalForm)
        case .boolean:
            guard object == .literal(Literal("true", datatype: Namespace.xsd + "boolean")) else { return nil }
            return (SpreadsheetColumn(field), "true")
        case .confidence:
            guard let literal = object.literalValue, literal.datatype == Namespace.xsd + "double",
                  SpreadsheetRows.isConfidence(literal.lexicalForm) else { return nil }
            return (SpreadsheetColumn(field), literal.lexicalForm)
        case .matchType:
            guard let type = object.iriValue.flatMap(MatchType.init(property:)) else { return nil }
            return (SpreadsheetColumn(field), type.rawValue)
        case .subject, .extra, .inverseIRIList:
            return nil
        }
    }

    /// Whether a list item survives being written one per line: not empty, no line feed, no
    /// carriage return at its end.
    static func fitsOnOneLine(_ text: String) -> Bool {
        !text.isEmpty && !text.utf8.contains(CSVScanner.lineFeed) && text.utf8.last != CSVScanner.carriageReturn
    }

    /// Whether the text is a number from 0 to 1, as SSSOM's confidence is.
    static func isConfidence(_ text: String) -> Bool {
        guard let value = Double(text) else { return false }
        return (0...1).contains(value)
    }
}

extension SpreadsheetField {
    /// Whether a cell holds one value (the rest of several go to `extra`).
    var isSingleValued: Bool {
        switch kind {
        case .type, .text, .boolean, .confidence, .matchType: true
        default: false
        }
    }
}
