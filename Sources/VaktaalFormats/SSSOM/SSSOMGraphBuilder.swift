import VaktaalModel

/// Turns a parsed SSSOM/TSV file into triples of Vaktaal's mapping shape, checking every value.
///
/// The mapping set becomes `set a sssom:MappingSet; sssom:mapping_set_id set`, with its slots
/// as `dcterms:title`, `dcterms:description` and `sssom:<slot>`. A row whose predicate is a SKOS
/// mapping relation between two entities, without `predicate_modifier`, becomes the plain SKOS
/// triple plus an `owl:Axiom` annotating it; any other row (other predicates, negated mappings,
/// `sssom:NoTermFound`, literal mappings) becomes a `sssom:Mapping` node only, so that Vaktaal
/// never takes it for a SKOS mapping. Both kinds carry every other slot as `sssom:<slot>` and
/// are listed by the set with `sssom:mappings`. A row without a value for a propagatable slot
/// (`mapping_date`, `subject_source`, `mapping_tool`, …) gets the set's, as SSSOM 1.1 says.
struct SSSOMGraphBuilder {
    let file: String
    let bytes: [UInt8]
    private(set) var graph = Graph()
    private(set) var prefixes = SSSOMPrefixMap(declared: [])
    /// The mapping set.
    private(set) var set: Term = .iri("")
    /// Extension slots by name.
    private(set) var extensions: [String: SSSOMExtension] = [:]
    /// The slot name of the `text_language` extension, when the file defines it.
    private(set) var textLanguageSlot: String?
    /// Set-level values of propagatable slots, which every row without its own inherits.
    private(set) var inherited: [String: [Term]] = [:]
    private var nodeCount = 0

    /// Reads the metadata block: prefixes, mapping set id, licence, extension definitions and
    /// the set's other slots.
    init(header: SSSOMHeader, file: String, bytes: [UInt8]) throws {
        self.file = file
        self.bytes = bytes
        try readPrefixes(header.prefixes)
        let id = try required("mapping_set_id", header)
        guard SSSOMPrefixMap.isAbsoluteIRI(id.text) else {
            throw error("`mapping_set_id` must be an absolute IRI; found `\(id.text)`", at: id.location)
        }
        set = .iri(id.text)
        graph.insert(Triple(set, Namespace.rdf + "type", .iri(Namespace.sssom + "MappingSet")))
        graph.insert(Triple(set, Namespace.sssom + "mapping_set_id", set))
        _ = try required("license", header)
        try readExtensions(header.extensions)
        let language = textLanguageSlot.flatMap { header.values($0).first?.text }
        for (key, values) in header.values where key != "mapping_set_id" {
            try readSetValues(key, values, language: language)
        }
    }

    // MARK: Metadata

    private mutating func readPrefixes(_ declared: [SSSOMHeader.Prefix]) throws {
        var entries: [(prefix: String, namespace: String)] = []
        for entry in declared {
            guard SSSOMPrefixMap.isValidPrefix(entry.prefix) else {
                throw error("`curie_map`: `\(entry.prefix)` is not a valid prefix name (a letter or _, then letters, digits, _, . or -)", at: entry.location)
            }
            guard SSSOMPrefixMap.isAbsoluteIRI(entry.namespace) else {
                throw error("`curie_map`: the namespace of `\(entry.prefix)` must be an absolute IRI; found `\(entry.namespace)`", at: entry.location)
            }
            if let builtIn = SSSOMPrefixMap.builtIn.first(where: { $0.prefix == entry.prefix }), builtIn.namespace != entry.namespace {
                throw error("`curie_map` redefines the built-in prefix `\(entry.prefix)` as <\(entry.namespace)>; it must be <\(builtIn.namespace)> or left out", at: entry.location)
            }
            entries.append((entry.prefix, entry.namespace))
        }
        prefixes = SSSOMPrefixMap(declared: entries)
        for (prefix, namespace) in entries + SSSOMPrefixMap.builtIn { graph.declarePrefix(prefix, namespace) }
    }

    /// The single value of a required key.
    private func required(_ key: String, _ header: SSSOMHeader) throws -> SSSOMHeader.Value {
        let values = header.values(key)
        guard let value = values.first else {
            throw error("missing required metadata `\(key)` in the metadata block (the lines starting with #)", at: header.start)
        }
        guard values.count == 1 else { throw error("`\(key)` takes one value; found \(values.count)", at: values[1].location) }
        return value
    }

    private mutating func readExtensions(_ definitions: [SSSOMHeader.ExtensionDefinition]) throws {
        for (index, definition) in definitions.enumerated() {
            let name = definition.slotName
            guard SSSOMSlot.mappingSlotsByName[name.text] == nil, SSSOMSlot.mappingSetSlotsByName[name.text] == nil else {
                throw error("`extension_definitions`: `\(name.text)` is a standard SSSOM slot and cannot be redefined", at: name.location)
            }
            let property = try iri(definition.property, what: "the property of extension `\(name.text)`")
            let typeHint = try definition.typeHint.map { try iri($0, what: "the type hint of extension `\(name.text)`") }
            let extensionSlot = SSSOMExtension(slotName: name.text, property: property, typeHint: typeHint)
            extensions[name.text] = extensionSlot
            if property == SSSOMHeader.textLanguageProperty {
                textLanguageSlot = name.text
            } else {
                for triple in extensionSlot.triples(on: set, node: .blank("sssomext\(index)")) { graph.insert(triple) }
            }
        }
    }

    private mutating func readSetValues(_ key: String, _ values: [SSSOMHeader.Value], language: String?) throws {
        if key == textLanguageSlot { return }
        if let extensionSlot = extensions[key] {
            for value in values { graph.insert(Triple(set, extensionSlot.property, .literal(extensionSlot.literal(value.text)))) }
            return
        }
        guard let slot = SSSOMSlot.mappingSetSlotsByName[key] else { return }
        if !slot.isMultivalued, values.count > 1 {
            throw error("`\(key)` takes one value; found \(values.count)", at: values[1].location)
        }
        for value in values {
            let term = try self.term(value.text, slot: slot, at: value.location, language: slot.isText ? language : nil)
            graph.insert(Triple(set, slot.property, term))
            if SSSOMSlot.propagatable.contains(key) { inherited[key, default: []].append(term) }
        }
    }

    /// A fresh blank node for a mapping.
    mutating func newNode() -> Term {
        nodeCount += 1
        return .blank("sssom\(nodeCount)")
    }

    mutating func insert(_ triple: Triple) { graph.insert(triple) }

    // MARK: Values

    /// The slots whose values must be entities: values without a prefix are errors there, while
    /// other entity slots keep such values as text (sssom-py only warns about them).
    static let strictEntitySlots: Set<String> = [
        "record_id", "subject_id", "predicate_id", "object_id", "mapping_justification",
        "author_id", "reviewer_id", "creator_id",
    ]

    /// A cell or header value as an RDF term, checked against the slot's range.
    func term(_ text: String, slot: SSSOMSlot, at location: SourceLocation, language: String? = nil) throws -> Term {
        switch slot.range {
        case .entity:
            if !text.contains(":"), !Self.strictEntitySlots.contains(slot.name) { return .literal(Literal(text)) }
            return .iri(try entity(text, slot: slot.name, at: location))
        case .uri:
            guard SSSOMPrefixMap.isAbsoluteIRI(text) else {
                throw error("`\(slot.name)` must be an absolute IRI; found `\(text)`", at: location)
            }
            return .iri(text)
        case .string:
            return .literal(Literal(text, language: language))
        case .double:
            guard let number = Double(text), number.isFinite else {
                throw error("`\(slot.name)` must be a number; found `\(text)`", at: location)
            }
            if slot.isUnitInterval, !(0...1).contains(number) {
                throw error("`\(slot.name)` must be between 0 and 1; found \(text)", at: location)
            }
            return .literal(Literal(text, datatype: Namespace.xsd + "double"))
        case .date:
            guard Self.isDate(text) else {
                throw error("`\(slot.name)` must be a date YYYY-MM-DD; found `\(text)`", at: location)
            }
            return .literal(Literal(text, datatype: Namespace.xsd + "date"))
        case .enumeration(let allowed):
            guard allowed.contains(text) else {
                throw error("`\(slot.name)` must be one of \(allowed.map { "`\($0)`" }.joined(separator: ", ")); found `\(text)`", at: location)
            }
            return .literal(Literal(text))
        }
    }

    /// Expands an entity reference.
    func entity(_ text: String, slot: String, at location: SourceLocation) throws -> String {
        switch prefixes.expand(text) {
        case .iri(let iri):
            return iri
        case .undeclaredPrefix(let prefix):
            throw error("`\(slot)` `\(text)` uses the prefix `\(prefix)`, which the curie_map does not declare", at: location)
        case .invalid:
            let hint = slot == "predicate_id" ? "unknown predicate `\(text)`: expected a CURIE such as skos:exactMatch or an absolute IRI"
                : "`\(slot)` must be a CURIE with a declared prefix or an absolute IRI; found `\(text)`"
            throw error(hint, at: location)
        }
    }

    private func iri(_ value: SSSOMHeader.Value, what: String) throws -> String {
        switch prefixes.expand(value.text) {
        case .iri(let iri): return iri
        case .undeclaredPrefix(let prefix):
            throw error("\(what) `\(value.text)` uses the prefix `\(prefix)`, which the curie_map does not declare", at: value.location)
        case .invalid:
            throw error("\(what) must be a CURIE or an absolute IRI; found `\(value.text)`", at: value.location)
        }
    }

    /// Whether a text is a date `YYYY-MM-DD`.
    static func isDate(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-") else { return false }
        return utf8.enumerated().allSatisfy { index, byte in index == 4 || index == 7 || (48...57).contains(byte) }
    }

    func error(_ message: String, at location: SourceLocation) -> ParseError {
        ParseError(format: "SSSOM", location: location, message: message).withSourceLine(from: bytes)
    }
}
