internal import Yams

/// The metadata block of an SSSOM/TSV file: the mapping set's slots, its `curie_map` and its
/// `extension_definitions`, each value with where it stands in the file.
struct SSSOMHeader: Sendable {
    /// One value and its place in the file.
    struct Value: Sendable {
        var text: String
        var location: SourceLocation
    }

    /// One `curie_map` entry.
    struct Prefix: Sendable {
        var prefix: String
        var namespace: String
        var location: SourceLocation
    }

    /// One `extension_definitions` entry as written (CURIEs not yet expanded).
    struct ExtensionDefinition: Sendable {
        var slotName: Value
        var property: Value
        var typeHint: Value?
    }

    /// The slot Vaktaal defines to carry the language tag of free text (`text_language`): on the
    /// set it is the language of `mapping_set_title`, `mapping_set_description` and the set's
    /// `comment`; in a row, of that row's `comment`.
    static let textLanguageSlot = "text_language"
    /// The property of the `text_language` extension slot.
    static let textLanguageProperty = SSSOMPrefixMap.vaktaalBase + "def/textLanguage"

    /// The `curie_map`, in file order.
    var prefixes: [Prefix] = []
    /// The other keys: slot name → values (one for single-valued slots), in file order.
    var values: [(key: String, values: [Value])] = []
    /// The `extension_definitions`.
    var extensions: [ExtensionDefinition] = []
    /// Where the block starts, for errors about missing keys.
    var start: SourceLocation

    /// The values of one key.
    func values(_ key: String) -> [Value] {
        values.first { $0.key == key }?.values ?? []
    }

    /// Reads the metadata block.
    /// - Throws: ``ParseError`` for YAML syntax errors and for values of the wrong shape.
    init(lines: [SSSOMTable.HeaderLine], file: String, bytes: [UInt8]) throws {
        start = SourceLocation(file: file, line: lines.first?.line ?? 1, column: 1)
        guard !lines.isEmpty else { return }
        let reader = YAMLLocator(lines: lines, file: file, bytes: bytes)
        let root: Node?
        do {
            root = try Yams.compose(yaml: lines.map(\.text).joined(separator: "\n"))
        } catch {
            throw reader.error(for: error)
        }
        guard let root else { return }
        guard let mapping = root.mapping else {
            throw reader.error("the metadata block must be a YAML mapping of SSSOM slots (such as `mapping_set_id: …`)", at: root)
        }
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.scalar?.string else { throw reader.error("expected a slot name as key", at: keyNode) }
            switch key {
            case "curie_map":
                prefixes = try reader.prefixes(valueNode)
            case "extension_definitions":
                extensions = try reader.extensions(valueNode)
            default:
                values.append((key, try reader.values(valueNode, key: key)))
            }
        }
    }
}

/// Turns YAML nodes into header values, mapping YAML marks to lines and columns of the file.
private struct YAMLLocator {
    let lines: [SSSOMTable.HeaderLine]
    let file: String
    let bytes: [UInt8]

    /// The file location of a YAML mark (its line in the block; `#` adds one column).
    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark, mark.line >= 1 else { return SourceLocation(file: file, line: lines.first?.line ?? 1, column: 1) }
        let index = min(mark.line - 1, lines.count - 1)
        return SourceLocation(file: file, line: lines[index].line, column: mark.column + 1)
    }

    func error(_ message: String, at node: Node) -> ParseError {
        error(message, location: location(node.mark))
    }

    func error(_ message: String, location: SourceLocation) -> ParseError {
        ParseError(format: "SSSOM", location: location, message: message).withSourceLine(from: bytes)
    }

    /// A YAML syntax error as a parse error at its place.
    func error(for error: any Error) -> ParseError {
        let (problem, mark): (String, Mark?) = switch error as? YamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            (problem, mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            ("a key appears twice: \(duplicates.joined(separator: ", "))", context.mark)
        default:
            ("\(error)", nil)
        }
        return self.error("invalid YAML in the metadata block: \(problem)", location: location(mark))
    }

    /// A scalar, or a sequence of scalars; a scalar of a multivalued slot may list values with `|`.
    func values(_ node: Node, key: String) throws -> [SSSOMHeader.Value] {
        switch node {
        case .scalar(let scalar):
            let multivalued = SSSOMSlot.mappingSetSlotsByName[key]?.isMultivalued ?? false
            let parts = multivalued ? scalar.string.split(separator: "|", omittingEmptySubsequences: true).map(String.init) : [scalar.string]
            return parts.filter { !$0.isEmpty }.map { .init(text: $0, location: location(node.mark)) }
        case .sequence(let sequence):
            return try sequence.map { element in
                guard let text = element.scalar?.string else {
                    throw error("`\(key)`: expected a list of plain values", at: element)
                }
                return .init(text: text, location: location(element.mark))
            }
        default:
            throw error("`\(key)`: expected a value or a list of values, not a mapping", at: node)
        }
    }

    /// `curie_map`: a mapping of prefix names to namespace IRIs.
    func prefixes(_ node: Node) throws -> [SSSOMHeader.Prefix] {
        if case .scalar(let scalar) = node, scalar.string.isEmpty { return [] }
        guard let mapping = node.mapping else { throw error("`curie_map`: expected a mapping of prefixes to IRIs", at: node) }
        return try mapping.map { key, value in
            guard let prefix = key.scalar?.string, let namespace = value.scalar?.string else {
                throw error("`curie_map`: expected `prefix: namespace IRI`", at: key)
            }
            return .init(prefix: prefix, namespace: namespace, location: location(key.mark))
        }
    }

    /// `extension_definitions`: a list of `slot_name` / `property` / `type_hint` mappings.
    func extensions(_ node: Node) throws -> [SSSOMHeader.ExtensionDefinition] {
        guard let sequence = node.sequence else {
            throw error("`extension_definitions`: expected a list of definitions", at: node)
        }
        return try sequence.map { element in
            guard let mapping = element.mapping else {
                throw error("`extension_definitions`: expected `slot_name`, `property` and `type_hint`", at: element)
            }
            func field(_ name: String) -> SSSOMHeader.Value? {
                mapping[name]?.scalar.map { .init(text: $0.string, location: location(mapping[name]?.mark)) }
            }
            guard let slot = field("slot_name"), let property = field("property") else {
                throw error("`extension_definitions`: each definition needs `slot_name` and `property`", at: element)
            }
            return .init(slotName: slot, property: property, typeHint: field("type_hint"))
        }
    }
}
