import VaktaalModel

/// Collects the triples that JSKOS objects stand for, with the blank nodes they need.
///
/// Blank nodes named in the input (`_bnode`, `_triples`) keep their labels; the ones the reader
/// makes up get placeholder labels that are renamed at the end to labels the input does not use.
struct JSKOSGraphBuilder {
    let source: JSKOSSource
    private var triples: [Triple] = []
    private var freshCount = 0
    private var namedBlankNodes = Set<String>()
    private var prefixes: [(prefix: String, namespace: String)] = []

    /// Placeholder labels start with a byte no real label can contain.
    private static let placeholder = "\u{0}"

    init(source: JSKOSSource) {
        self.source = source
    }

    // MARK: Output

    mutating func emit(_ subject: Term, _ predicate: String, _ object: Term) {
        triples.append(Triple(subject, predicate, object))
    }

    /// A new blank node.
    mutating func freshNode() -> Term {
        freshCount += 1
        return .blank(Self.placeholder + String(freshCount))
    }

    /// The graph, with made-up blank nodes renamed to `b1`, `b2`, … avoiding the input's labels.
    func finish() -> Graph {
        var renamed: [String: String] = [:]
        var next = 0
        func rename(_ term: Term) -> Term {
            guard case .blank(let label) = term, label.hasPrefix(Self.placeholder) else { return term }
            if let known = renamed[label] { return .blank(known) }
            var candidate: String
            repeat {
                next += 1
                candidate = "b\(next)"
            } while namedBlankNodes.contains(candidate)
            renamed[label] = candidate
            return .blank(candidate)
        }
        var graph = Graph()
        for triple in triples {
            graph.insert(Triple(rename(triple.subject), triple.predicate, rename(triple.object)))
        }
        for (prefix, namespace) in prefixes { graph.declarePrefix(prefix, namespace) }
        return graph
    }

    // MARK: Errors and paths

    /// A `JSKOS` parse error at a value.
    func error(_ message: String, at value: JSKOSValue) -> ParseError {
        source.error(message, at: value.offset)
    }

    /// The path of a member: `$.prefLabel`, or `$["http://…"]` for keys that are not plain names.
    static func path(_ path: String, _ key: String) -> String {
        let plain = !key.isEmpty && key.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_@-".unicodeScalars.contains(scalar)
        }
        return plain ? path + "." + key : path + "[\"" + key + "\"]"
    }

    // MARK: Values

    /// The string of a value, or an error naming what was expected.
    func string(_ value: JSKOSValue, path: String, expected: String = "a string") throws -> String {
        guard let text = value.stringValue else { throw error("\(path): expected \(expected); found \(value.shapeName)", at: value) }
        return text
    }

    /// An absolute IRI given as a JSON string.
    func iri(_ value: JSKOSValue, path: String) throws -> String {
        let text = try string(value, path: path, expected: "an IRI string")
        guard Self.isAbsoluteIRI(text) else {
            throw error("\(path): \"\(text)\" is not an absolute IRI (a scheme such as http: and no spaces or <>\"{}|^`\\)", at: value)
        }
        return text
    }

    /// Whether the text has a scheme and none of the characters IRIs exclude.
    static func isAbsoluteIRI(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0,
              bytes[0] < 0x80, Character(UnicodeScalar(bytes[0])).isLetter else { return false }
        let schemeOK = bytes[..<colon].allSatisfy { byte in
            byte < 0x80 && (Character(UnicodeScalar(byte)).isLetter || Character(UnicodeScalar(byte)).isNumber || byte == 0x2B || byte == 0x2D || byte == 0x2E)
        }
        return schemeOK && !bytes.contains(where: NTriplesEscaping.needsIRIEscape)
    }

    /// The node a JSKOS object stands for: its `uri`, its `_bnode` label, or a new blank node.
    mutating func node(for object: JSKOSValue, path: String) throws -> Term {
        let uri = object["uri"]
        let label = object["_bnode"]
        if uri != nil, let label {
            throw error("\(Self.path(path, "_bnode")): an object has either a uri or a _bnode label, not both", at: label)
        }
        if let uri { return .iri(try iri(uri, path: Self.path(path, "uri"))) }
        if let label { return try blankNode(label, path: Self.path(path, "_bnode")) }
        return freshNode()
    }

    /// A blank node named `_:label` in the input.
    private mutating func blankNode(_ value: JSKOSValue, path: String) throws -> Term {
        let text = try string(value, path: path, expected: "a blank node label \"_:name\"")
        let label = String(text.dropFirst(2))
        let valid = text.hasPrefix("_:") && Self.isBlankNodeLabel(label)
        guard valid else { throw error("\(path): \"\(text)\" is not a blank node label of the form _:name", at: value) }
        namedBlankNodes.insert(label)
        return .blank(label)
    }

    /// Whether a label is a valid N-Triples blank node label (without `_:`).
    static func isBlankNodeLabel(_ label: String) -> Bool {
        guard !label.isEmpty, !label.hasSuffix(".") else { return false }
        return label.utf8.enumerated().allSatisfy { index, byte in
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "."): index > 0
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), 0x80...0xFF: true
            default: false
            }
        }
    }

    // MARK: Extension fields

    /// `@context`: the JSKOS context URL, or an array of context URLs.
    func checkContext(_ value: JSKOSValue, path: String) throws {
        let values = value.elements ?? [value]
        for (index, element) in values.enumerated() where element.stringValue == nil {
            let location = value.elements == nil ? path : "\(path)[\(index)]"
            throw error("\(location): expected a context URL such as \(JSKOSContext.url); embedded contexts are not supported", at: element)
        }
    }

    /// `_triples`: N-Triples statements, one per string.
    mutating func readTriples(_ value: JSKOSValue, path: String) throws {
        guard let elements = value.elements else {
            throw error("\(path): expected an array of N-Triples lines; found \(value.shapeName)", at: value)
        }
        for (index, element) in elements.enumerated() {
            let elementPath = "\(path)[\(index)]"
            let line = try string(element, path: elementPath, expected: "an N-Triples line")
            var read: [Triple] = []
            do {
                try NTriplesReader.read(Array(line.utf8), file: source.file) { read.append($0) }
            } catch let failure as ParseError {
                throw error("\(elementPath): not an N-Triples statement: \(failure.message) (at character \(failure.location.column))", at: element)
            }
            guard read.count == 1 else {
                throw error("\(elementPath): expected exactly one N-Triples statement; found \(read.count)", at: element)
            }
            for term in [read[0].subject, read[0].object] {
                if case .blank(let label) = term { namedBlankNodes.insert(label) }
            }
            triples.append(read[0])
        }
    }

    /// `_prefixes`: `{"prefix": "namespace IRI"}`.
    mutating func readPrefixes(_ value: JSKOSValue, path: String) throws {
        guard let members = value.members else {
            throw error("\(path): expected an object of prefixes and namespace IRIs; found \(value.shapeName)", at: value)
        }
        for member in members {
            prefixes.append((member.key, try iri(member.value, path: Self.path(path, member.key))))
        }
    }
}
