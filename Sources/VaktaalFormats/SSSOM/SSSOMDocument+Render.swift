import VaktaalModel
internal import Yams

extension SSSOMDocument {
    /// The SSSOM/TSV text: the metadata block (keys in the schema's slot order, `curie_map`
    /// sorted), the column header (columns in the schema's slot order, extension slots after
    /// them) and the rows sorted by subject, predicate, object and then every other cell.
    /// - Parameters:
    ///   - language: The language preferred where a single-valued slot has texts in several.
    ///   - declared: The vocabulary's own prefixes, preferred over generated ones.
    /// - Throws: ``SSSOMWriteError`` for values SSSOM cannot carry.
    func render(language: String, declared: [(prefix: String, namespace: String)]) throws -> [UInt8] {
        var context = RenderContext(document: self, language: language)
        context.prefixes = SSSOMPrefixMap.choose(for: context.entityIRIs(), declared: declared)
        var output = try context.metadataBlock()
        try context.table(into: &output)
        return Array(output.utf8)
    }
}

/// The state of rendering one document.
private struct RenderContext {
    let document: SSSOMDocument
    let language: String
    var prefixes = SSSOMPrefixMap(declared: [])
    /// The language of the set's title and description.
    let headerLanguage: String?
    /// Extension slots written: the set's, plus `text_language` when texts carry languages.
    let extensions: [SSSOMExtension]

    init(document: SSSOMDocument, language: String) {
        self.document = document
        self.language = language
        let header = document.header
        let text = ["mapping_set_title", "mapping_set_description", "comment"].lazy
            .compactMap { RenderContext.pick(header.values[$0] ?? [], language) }.first
        headerLanguage = text?.literalValue?.language
        var extensions = document.extensions.filter { $0.property != SSSOMHeader.textLanguageProperty }
        let rowLanguages = document.records.contains { RenderContext.commentLanguage($0, language) != nil }
        if headerLanguage != nil || rowLanguages { extensions.append(.textLanguage) }
        self.extensions = extensions
    }

    /// The value written for a single-valued slot: the text in `language` when there are texts
    /// in several languages, else the first value.
    static func pick(_ terms: [Term], _ language: String) -> Term? {
        guard terms.count > 1 else { return terms.first }
        let strings = terms.compactMap { $0.literalValue.flatMap(LangString.init) }
        guard strings.count == terms.count, let best = strings.best(for: language) else { return terms.first }
        return .literal(best.literal)
    }

    static func commentLanguage(_ record: SSSOMRecord, _ language: String) -> String? {
        pick(record.values["comment"] ?? [], language)?.literalValue?.language
    }

    /// Every IRI that will be written as a CURIE.
    func entityIRIs() -> Set<String> {
        var iris: Set<String> = []
        func collect(_ record: SSSOMRecord, _ slots: [SSSOMSlot]) {
            for slot in slots where slot.range == .entity {
                for term in record.values[slot.name] ?? [] { if let iri = term.iriValue { iris.insert(iri) } }
            }
        }
        collect(document.header, SSSOMSlot.mappingSetSlots)
        for record in document.records { collect(record, SSSOMSlot.mappingSlots) }
        for definition in extensions {
            iris.insert(definition.property)
            if let typeHint = definition.typeHint { iris.insert(typeHint) }
        }
        return iris
    }

    // MARK: Values

    /// The texts of the values of one slot of a record (at most one for a single-valued slot).
    func texts(_ slot: SSSOMSlot, of record: SSSOMRecord) throws -> [String] {
        guard let terms = record.values[slot.name], !terms.isEmpty else { return [] }
        let chosen = slot.isMultivalued ? terms : RenderContext.pick(terms, language).map { [$0] } ?? []
        return try chosen.compactMap { try text($0, slot: slot, of: record) }
    }

    private func text(_ term: Term, slot: SSSOMSlot, of record: SSSOMRecord) throws -> String? {
        let lexical: String
        switch term {
        case .blank: return nil
        case .iri(let iri): lexical = slot.range == .entity ? prefixes.compress(iri) : iri
        case .literal(let literal): lexical = literal.lexicalForm
        }
        try check(lexical, term: term, slot: slot, record: record)
        return lexical
    }

    /// Refuses values that would make the file invalid SSSOM.
    private func check(_ text: String, term: Term, slot: SSSOMSlot, record: SSSOMRecord) throws {
        func fail(_ expected: String) -> SSSOMWriteError {
            .invalidValue(slot: slot.name, value: term.description, mapping: record.subjectDescription, expected: expected)
        }
        if slot.name == "mapping_justification", !(term.iriValue.map(SSSOMSlot.justifications.contains) ?? false) {
            throw fail("one of the semapv justifications, such as <\(Namespace.semapv)ManualMappingCuration>")
        }
        if SSSOMGraphBuilder.strictEntitySlots.contains(slot.name), term.iriValue == nil {
            throw fail("an IRI")
        }
        switch slot.range {
        case .uri where !SSSOMPrefixMap.isAbsoluteIRI(text):
            throw fail("an absolute IRI")
        case .double:
            guard let number = Double(text), number.isFinite else { throw fail("a number") }
            if slot.isUnitInterval, !(0...1).contains(number) { throw fail("a number between 0 and 1") }
        case .date where !SSSOMGraphBuilder.isDate(text):
            throw fail("a date YYYY-MM-DD")
        case .enumeration(let allowed) where !allowed.contains(text):
            throw fail("one of " + allowed.joined(separator: ", "))
        default:
            break
        }
    }

    /// The values of a record's extension slots, by slot name.
    func extensionTexts(of record: SSSOMRecord) -> [String: String] {
        var result: [String: String] = [:]
        for definition in extensions {
            let values = record.others.filter { $0.property == definition.property }.map(\.value)
            let texts = values.compactMap { $0.literalValue?.lexicalForm ?? $0.iriValue }
            if !texts.isEmpty { result[definition.slotName] = texts.joined(separator: "|") }
        }
        return result
    }

    // MARK: Metadata block

    /// The YAML metadata block, each line prefixed with `#`.
    func metadataBlock() throws -> String {
        let header = document.header
        var pairs: [(Node, Node)] = []
        func add(_ key: String, _ value: Node) { pairs.append((Self.scalar(key), value)) }
        if !extensions.isEmpty {
            add("sssom_version", Self.scalar("1.1"))
        } else if let version = try texts(SSSOMSlot.mappingSetSlotsByName["sssom_version"]!, of: header).first {
            add("sssom_version", Self.scalar(version))
        }
        let curies = prefixes.sortedEntries.map { (Self.scalar($0.prefix), Self.scalar($0.namespace)) }
        if !curies.isEmpty { add("curie_map", .mapping(.init(curies))) }
        add("mapping_set_id", Self.scalar(header.set ?? SSSOMWriter.defaultMappingSetID))
        for slot in SSSOMSlot.mappingSetSlots where !["sssom_version", "mapping_set_id"].contains(slot.name) {
            let nodes = try texts(slot, of: header).map { Self.scalar($0, plain: slot.range == .double) }
            guard !nodes.isEmpty else { continue }
            add(slot.name, slot.isMultivalued ? .sequence(.init(nodes)) : nodes[0])
        }
        if !extensions.isEmpty {
            let definitions = extensions.map { definition -> Node in
                var fields = [(Self.scalar("slot_name"), Self.scalar(definition.slotName)),
                              (Self.scalar("property"), Self.scalar(prefixes.compress(definition.property)))]
                if let typeHint = definition.typeHint { fields.append((Self.scalar("type_hint"), Self.scalar(prefixes.compress(typeHint)))) }
                return .mapping(.init(fields))
            }
            add("extension_definitions", .sequence(.init(definitions)))
        }
        for (name, value) in extensionTexts(of: header).sorted(by: { $0.key < $1.key }) { add(name, Self.scalar(value)) }
        if let headerLanguage { add(SSSOMHeader.textLanguageSlot, Self.scalar(headerLanguage)) }
        let yaml = try Yams.serialize(node: .mapping(.init(pairs)), width: -1, allowUnicode: true)
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { "#" + $0 + "\n" }.joined()
    }

    /// A YAML scalar, quoted when YAML would otherwise read it as something other than text.
    static func scalar(_ text: String, plain: Bool = false) -> Node {
        let ambiguous = ["yes", "no", "on", "off", "y", "n", "true", "false", "null", "~"].contains(text.lowercased())
        let quote = !plain && (text.isEmpty || ambiguous || Resolver.default.resolveTag(of: Node(text)) != .str)
        return .scalar(.init(text, .implicit, quote ? .singleQuoted : .any))
    }

    // MARK: Table

    /// The column header and the rows.
    func table(into output: inout String) throws {
        var rows: [[String: String]] = []
        var used: Set<String> = []
        for record in document.records {
            var cells = extensionTexts(of: record)
            for slot in SSSOMSlot.mappingSlots {
                let values = try texts(slot, of: record)
                if !values.isEmpty { cells[slot.name] = values.joined(separator: "|") }
            }
            if let language = Self.commentLanguage(record, self.language), extensions.contains(.textLanguage) {
                cells[SSSOMHeader.textLanguageSlot] = language
            }
            used.formUnion(cells.keys)
            rows.append(cells)
        }
        var columns = SSSOMSlot.mappingSlots.map(\.name).filter { used.contains($0) || ["subject_id", "predicate_id", "object_id", "mapping_justification"].contains($0) }
        if !used.contains("subject_id"), used.contains("subject_label") { columns.removeAll { $0 == "subject_id" } }
        if !used.contains("object_id"), used.contains("object_label") { columns.removeAll { $0 == "object_id" } }
        columns += extensions.map(\.slotName).filter { used.contains($0) && $0 != SSSOMHeader.textLanguageSlot }.sorted()
        if used.contains(SSSOMHeader.textLanguageSlot) { columns.append(SSSOMHeader.textLanguageSlot) }
        let keys = ["subject_id", "predicate_id", "object_id"] + columns
        let lines = rows.map { row in keys.map { row[$0] ?? "" } }
            .sorted { $0.lexicographicallyPrecedes($1) { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
            .map { Array($0.dropFirst(3)) }
        output += columns.joined(separator: "\t") + "\n"
        for line in lines { output += line.map(Self.cell).joined(separator: "\t") + "\n" }
    }

    /// A TSV cell: quoted, with `"` doubled, when it holds a tab, a line break or a quote.
    static func cell(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\"" || $0 == "\r\n" }) else { return text }
        var quoted = "\""
        for character in text { quoted += character == "\"" ? "\"\"" : String(character) }
        return quoted + "\""
    }
}
