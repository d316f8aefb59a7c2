public import VaktaalModel

/// Reads JSKOS (JSON for Knowledge Organization Systems, <https://gbv.github.io/jskos/>) into a
/// vocabulary.
///
/// The JSON is turned into RDF triples the way the JSKOS JSON-LD context maps it, with JSKOS
/// mappings read as SKOS mapping triples annotated with SSSOM provenance, and Vaktaal's extension
/// keys (`_triples`, `_bnode`, `_asserted`, `_prefixes`) taken back in; the vocabulary is then
/// built from those triples. `docs/JSON.md` describes the format.
public enum JSKOSReader {
    /// Reads a document written by ``JSKOSWriter/document(_:)``, NDJSON written by
    /// ``JSKOSWriter/ndjson(_:)``, or JSKOS from other tools: a single concept, scheme or
    /// mapping object, or an array of them.
    /// - Parameters:
    ///   - bytes: The UTF-8 JSON text.
    ///   - file: The name used in error messages.
    /// - Returns: The vocabulary the JSON describes; empty for input holding only white space.
    /// - Throws: ``ParseError`` in format `JSON` for malformed JSON, and in format `JSKOS`, naming
    ///   the JSON path, for values of the wrong shape, unknown fields and mappings that SKOS
    ///   cannot express. Both carry the line and column.
    public static func read(_ bytes: [UInt8], file: String) throws -> Vocabulary {
        let source = JSKOSSource(bytes: bytes, file: file)
        let values = try JSKOSParser.parse(source)
        var builder = JSKOSGraphBuilder(source: source)
        if values.count == 1 {
            try readTopLevel(values[0], into: &builder)
        } else {
            var line = 1
            var counted = 0
            for value in values {
                line += bytes[counted..<value.offset].count(where: { $0 == UInt8(ascii: "\n") })
                counted = value.offset
                try readObject(value, path: "line \(line): $", into: &builder)
            }
        }
        return Vocabulary(graph: builder.finish())
    }

    /// One JSON value holding the whole input: a `@graph` document, one object or an array.
    private static func readTopLevel(_ value: JSKOSValue, into builder: inout JSKOSGraphBuilder) throws {
        switch value.kind {
        case .object where value["@graph"] != nil:
            try readDocument(value, into: &builder)
        case .object:
            try readObject(value, path: "$", into: &builder)
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                try readObject(element, path: "$[\(index)]", into: &builder)
            }
        default:
            throw builder.error("$: expected a JSKOS object, an array of them or a JSON-LD document with @graph; found \(value.shapeName)", at: value)
        }
    }

    /// `{"@context": …, "@graph": [objects], "_triples": […], "_prefixes": {…}}`.
    private static func readDocument(_ document: JSKOSValue, into builder: inout JSKOSGraphBuilder) throws {
        for member in document.members ?? [] {
            let path = "$." + member.key
            switch member.key {
            case "@context":
                try builder.checkContext(member.value, path: path)
            case "@graph":
                guard let elements = member.value.elements else {
                    throw builder.error("\(path): expected an array of JSKOS objects; found \(member.value.shapeName)", at: member.value)
                }
                for (index, element) in elements.enumerated() {
                    try readObject(element, path: "\(path)[\(index)]", into: &builder)
                }
            case "_triples":
                try builder.readTriples(member.value, path: path)
            case "_prefixes":
                try builder.readPrefixes(member.value, path: path)
            case let key where JSKOSContext.isCustom(key):
                continue
            default:
                throw builder.error("\(path): unexpected field beside @graph; a document holds only @context, @graph and extension fields", at: member.value)
            }
        }
    }

    /// One JSKOS object of the top level: a mapping when it has `from` or `to`, else a resource.
    private static func readObject(_ value: JSKOSValue, path: String, into builder: inout JSKOSGraphBuilder) throws {
        guard value.members != nil else {
            throw builder.error("\(path): expected a JSKOS object; found \(value.shapeName)", at: value)
        }
        if value["from"] != nil || value["to"] != nil {
            try builder.readMapping(value, path: path)
        } else {
            _ = try builder.readResource(value, path: path)
        }
    }
}
