import VaktaalModel

extension SSSOMGraphBuilder {
    /// How one column is read.
    enum Column {
        /// A standard mapping slot.
        case slot(SSSOMSlot)
        /// An extension slot defined in the metadata block.
        case extensionSlot(SSSOMExtension)
        /// Vaktaal's `text_language`: the language of the row's comment.
        case textLanguage
        /// A column SSSOM does not define (and the file does not declare): ignored, as the
        /// SSSOM specification asks of undefined non-standard slots.
        case ignored
    }

    /// Reads the column header.
    /// - Parameter line: Where the header row is, or should be when `cells` is empty.
    func columns(_ cells: [SSSOMTable.Cell], line: Int) throws -> [Column] {
        guard let first = cells.first else {
            throw error("expected a header row naming the columns (subject_id, predicate_id, object_id, mapping_justification, …) after the metadata block",
                        at: SourceLocation(file: file, line: line, column: 1))
        }
        var seen: Set<String> = []
        for cell in cells where !cell.text.isEmpty {
            guard seen.insert(cell.text).inserted else {
                throw error("column `\(cell.text)` appears twice", at: location(cell))
            }
        }
        for required in ["predicate_id", "mapping_justification"] where !seen.contains(required) {
            throw error("missing required column `\(required)`; the header row must name subject_id, predicate_id, object_id and mapping_justification", at: location(first))
        }
        for side in ["subject", "object"] where !seen.contains(side + "_id") && !seen.contains(side + "_label") {
            throw error("missing required column `\(side)_id`; the header row must name subject_id, predicate_id, object_id and mapping_justification", at: location(first))
        }
        return cells.map { cell in
            if cell.text == textLanguageSlot { return .textLanguage }
            if let extensionSlot = extensions[cell.text] { return .extensionSlot(extensionSlot) }
            return SSSOMSlot.mappingSlotsByName[cell.text].map(Column.slot) ?? .ignored
        }
    }

    /// Reads one data row into the graph.
    mutating func addRow(_ cells: [SSSOMTable.Cell], columns: [Column]) throws {
        guard cells.contains(where: { !$0.text.isEmpty }) else { return }
        if cells.count > columns.count, let extra = cells[columns.count...].first(where: { !$0.text.isEmpty }) {
            throw error("this row has more cells than the \(columns.count) columns of the header row", at: location(extra))
        }
        let row = RowValues(cells: cells, columns: columns)
        let node = newNode()
        let mapped = try mappedTriple(row, start: location(cells[0]))
        insert(Triple(node, Namespace.rdf + "type", .iri(mapped.isSKOSMapping ? Namespace.owl + "Axiom" : Namespace.sssom + "Mapping")))
        if mapped.isSKOSMapping, let subject = mapped.subject, let object = mapped.object {
            insert(Triple(.iri(subject), mapped.predicate, .iri(object)))
        }
        if let subject = mapped.subject { insert(Triple(node, Namespace.owl + "annotatedSource", .iri(subject))) }
        insert(Triple(node, Namespace.owl + "annotatedProperty", .iri(mapped.predicate)))
        if let object = mapped.object { insert(Triple(node, Namespace.owl + "annotatedTarget", .iri(object))) }
        try addSlots(row, to: node)
        insert(Triple(set, Namespace.sssom + "mappings", node))
    }

    /// The subject, predicate and object of a row, checked, and whether the row is a plain SKOS
    /// mapping between two entities.
    private func mappedTriple(_ row: RowValues, start: SourceLocation) throws
        -> (subject: String?, predicate: String, object: String?, isSKOSMapping: Bool) {
        guard let predicateCell = row.single("predicate_id") else {
            throw error("this row has no `predicate_id`", at: start)
        }
        let predicate = try entity(predicateCell.text, slot: "predicate_id", at: location(predicateCell))
        guard let justification = row.single("mapping_justification") else {
            throw error("this row has no `mapping_justification`", at: start)
        }
        try checkJustification(justification)
        let subject = try side("subject", row, start: start)
        let object = try side("object", row, start: start)
        let isSKOSMapping = MatchType(property: predicate) != nil && row.single("predicate_modifier") == nil
            && subject.map { $0 != SSSOMSlot.noTermFound } == true && object.map { $0 != SSSOMSlot.noTermFound } == true
            && !isLiteral("subject", row) && !isLiteral("object", row)
        return (subject, predicate, object, isSKOSMapping)
    }

    /// The entity of one side, or nil for a literal side (`*_type: rdfs literal` with a label).
    private func side(_ side: String, _ row: RowValues, start: SourceLocation) throws -> String? {
        if let cell = row.single(side + "_id") {
            return try entity(cell.text, slot: side + "_id", at: location(cell))
        }
        guard isLiteral(side, row), row.single(side + "_label") != nil else {
            throw error("this row has no `\(side)_id` (and is not a literal mapping with `\(side)_type: rdfs literal` and `\(side)_label`)", at: start)
        }
        return nil
    }

    private func isLiteral(_ side: String, _ row: RowValues) -> Bool {
        (row.single(side + "_type")?.text ?? inherited[side + "_type"]?.first?.literalValue?.lexicalForm) == "rdfs literal"
    }

    private func checkJustification(_ cell: SSSOMTable.Cell) throws {
        if case .iri(let iri) = prefixes.expand(cell.text), SSSOMSlot.justifications.contains(iri) { return }
        let allowed = SSSOMSlot.justifications.map { "semapv:" + $0.dropFirst(Namespace.semapv.count) }
        throw error("`mapping_justification` must be one of \(allowed.joined(separator: ", ")); found `\(cell.text)`", at: location(cell))
    }

    /// Every slot of the row but subject, predicate and object, as `sssom:<slot>` of the node.
    private mutating func addSlots(_ row: RowValues, to node: Term) throws {
        for (slot, cells) in row.slots where !SSSOMSlot.tripleSlots.contains(slot.name) {
            if !slot.isMultivalued, cells.count > 1 {
                throw error("`\(slot.name)` takes one value", at: location(cells[1]))
            }
            for cell in cells {
                let term = try self.term(cell.text, slot: slot, at: location(cell), language: slot.isText ? row.language : nil)
                insert(Triple(node, slot.property, term))
            }
        }
        for name in SSSOMSlot.propagatable where !row.slots.contains(where: { $0.slot.name == name }) {
            for term in inherited[name] ?? [] { insert(Triple(node, Namespace.sssom + name, term)) }
        }
        for (extensionSlot, cell) in row.extensionValues {
            insert(Triple(node, extensionSlot.property, .literal(extensionSlot.literal(cell.text))))
        }
    }

    func location(_ cell: SSSOMTable.Cell) -> SourceLocation {
        SourceLocation(file: file, line: cell.line, column: cell.column)
    }
}

/// The non-empty cells of one row, by column kind; multivalued cells split at `|`.
private struct RowValues {
    var slots: [(slot: SSSOMSlot, cells: [SSSOMTable.Cell])] = []
    var extensionValues: [(SSSOMExtension, SSSOMTable.Cell)] = []
    var language: String?

    init(cells: [SSSOMTable.Cell], columns: [SSSOMGraphBuilder.Column]) {
        for (cell, column) in zip(cells, columns) where !cell.text.isEmpty {
            switch column {
            case .slot(let slot):
                slots.append((slot, slot.isMultivalued ? Self.split(cell) : [cell]))
            case .extensionSlot(let extensionSlot):
                extensionValues.append((extensionSlot, cell))
            case .textLanguage:
                language = cell.text
            case .ignored:
                continue
            }
        }
    }

    func single(_ name: String) -> SSSOMTable.Cell? {
        slots.first { $0.slot.name == name }?.cells.first
    }

    /// A multivalued cell's values; each keeps the cell's position for error messages, moved
    /// along by the length of the values before it.
    private static func split(_ cell: SSSOMTable.Cell) -> [SSSOMTable.Cell] {
        var column = cell.column
        var result: [SSSOMTable.Cell] = []
        for part in cell.text.split(separator: "|", omittingEmptySubsequences: false) {
            if !part.isEmpty { result.append(.init(text: String(part), line: cell.line, column: column)) }
            column += part.unicodeScalars.count + 1
        }
        return result
    }
}
