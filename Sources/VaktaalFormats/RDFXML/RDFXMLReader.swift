public import VaktaalModel

/// Reads RDF/XML (RDF 1.1 XML Syntax) with libxml2, streaming: triples are handed on as soon as
/// they are known, and memory stays bounded by the nesting depth, not the file size. Literals,
/// nesting and what internal entities expand to are bounded (``ReaderLimits``; internal entities
/// may expand to 16 times the input read so far plus 1 MiB).
///
/// - Important: The first read installs, for the whole process and once, a libxml2 external-entity
///   loader that refuses every external entity (libxml2 has no per-parser hook for it). Other
///   libxml2 users in the same process then cannot load external entities either; Vaktaal never
///   needs them, and a file that declares one is refused with its name.
public enum RDFXMLReader {
    /// Parses an RDF/XML document held in memory into a graph.
    /// - Parameters:
    ///   - bytes: The document.
    ///   - file: The name used in error messages.
    ///   - base: The base IRI for relative references (the document's own IRI).
    /// - Throws: ``ParseError`` naming line and column.
    public static func read(_ bytes: [UInt8], file: String, base: String) throws -> Graph {
        var graph = Graph()
        let prefixes = try read(bytes, file: file, base: base) { graph.insert($0) }
        for (prefix, namespace) in prefixes { graph.declarePrefix(prefix, namespace) }
        return graph
    }

    /// Parses an RDF/XML document held in memory, handing each triple to `emit`.
    /// - Returns: The namespace prefixes the document declares.
    @discardableResult
    public static func read(_ bytes: [UInt8], file: String, base: String, limits: ReaderLimits = .default, emit: @escaping (Triple) -> Void) throws -> [(prefix: String, namespace: String)] {
        try read(bytes, file: file, base: base, limits: limits, into: TripleAssembler(emit: emit))
    }

    /// Parses an RDF/XML document held in memory, handing each triple to `sink` as bytes.
    /// - Returns: The namespace prefixes the document declares.
    @discardableResult
    package static func read(_ bytes: [UInt8], file: String, base: String, limits: ReaderLimits = .default, into sink: any RDFTripleSink) throws -> [(prefix: String, namespace: String)] {
        let session = RDFXMLSession(file: file, base: base, limits: limits, sink: sink)
        try session.checkLooksLikeXML(bytes.prefix(256))
        bytes.withUnsafeBytes { raw in
            var offset = 0
            repeat {
                let end = min(offset + (1 << 20), raw.count)
                guard session.parser.feed(UnsafeRawBufferPointer(rebasing: raw[offset..<end]), last: end == raw.count) else { return }
                offset = end
            } while offset < raw.count
        }
        try session.finish(sourceLine: { bytes })
        return session.grammar.prefixes
    }

    /// Parses an RDF/XML file in chunks, handing each triple to `emit`; the file is never held in
    /// memory whole.
    /// - Returns: The namespace prefixes the document declares.
    @discardableResult
    public static func read(path: String, base: String, limits: ReaderLimits = .default, emit: @escaping (Triple) -> Void) throws -> [(prefix: String, namespace: String)] {
        try read(path: path, base: base, limits: limits, into: TripleAssembler(emit: emit))
    }

    /// Parses an RDF/XML file in chunks, handing each triple to `sink` as bytes: the fast path,
    /// with no string made per triple.
    /// - Returns: The namespace prefixes the document declares.
    @discardableResult
    package static func read(path: String, base: String, limits: ReaderLimits = .default, into sink: any RDFTripleSink) throws -> [(prefix: String, namespace: String)] {
        let session = RDFXMLSession(file: path, base: base, limits: limits, sink: sink)
        let reader = try ChunkedFile(path: path)
        var first = true
        while let chunk = try reader.next() {
            if first { try session.checkLooksLikeXML(chunk.prefix(256)); first = false }
            let ok = chunk.withUnsafeBytes { session.parser.feed($0, last: false) }
            if !ok { break }
        }
        if first { try session.checkLooksLikeXML([]) }
        if session.parser.error == nil { session.parser.feed(UnsafeRawBufferPointer(start: nil, count: 0), last: true) }
        try session.finish(sourceLine: { (try? InputFile.read(path)) ?? [] })
        return session.grammar.prefixes
    }
}

/// One parse: the libxml2 driver wired to the RDF/XML grammar.
private final class RDFXMLSession {
    let file: String
    let grammar: RDFXMLGrammar
    let parser: XMLStreamParser

    init(file: String, base: String, limits: ReaderLimits, sink: any RDFTripleSink) {
        self.file = file
        grammar = RDFXMLGrammar(base: base, sink: sink, limits: limits)
        parser = XMLStreamParser(handler: grammar)
        grammar.fail = { [unowned parser] message in parser.fail(message) }
    }

    /// Rejects input that is plainly not XML (Turtle or N-Triples named `.rdf`) with a clear error.
    func checkLooksLikeXML<C: Collection>(_ head: C) throws where C.Element == UInt8 {
        let text = String(decoding: head, as: UTF8.self).drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        guard !text.hasPrefix("<") else { return }
        if text.isEmpty, head.count < 256 { throw FileError.emptyFile(path: file, expected: "RDF/XML") }
        let guess: String
        if text.hasPrefix("@prefix") || text.hasPrefix("@base") || text.lowercased().hasPrefix("prefix") { guess = "Turtle" }
        else if text.hasPrefix("{") || text.hasPrefix("[") { guess = "JSON" }
        else if text.hasPrefix("_:") { guess = "N-Triples" }
        else if text.isEmpty { guess = "an empty file" }
        else { guess = "not XML" }
        let line = 1 + head.prefix { $0 == 0x0A || $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }.filter { $0 == 0x0A }.count
        throw ParseError(format: "RDF/XML", location: SourceLocation(file: file, line: line, column: 1),
                         message: "expected an XML document starting with '<', but the file is \(guess == "an empty file" || guess == "not XML" ? guess : "in \(guess) syntax")",
                         sourceLine: String(text.prefix { $0 != "\n" }.prefix(200)))
    }

    func finish(sourceLine: () throws -> [UInt8]) throws {
        if let sinkError = grammar.sinkError { throw sinkError }
        guard let error = parser.error else {
            guard grammar.frames.count == 1 else {
                throw ParseError(format: "RDF/XML", location: SourceLocation(file: file), message: "the document ended before its elements were closed")
            }
            return
        }
        let parseError = ParseError(format: "RDF/XML", location: SourceLocation(file: file, line: error.line, column: error.column), message: error.message)
        throw parseError.withSourceLine(from: try sourceLine())
    }
}
