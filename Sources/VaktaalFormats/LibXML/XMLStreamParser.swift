internal import CLibXML2

/// A streaming XML parser on libxml2's SAX2 push interface. It never touches the network or any
/// file other than its input: external entities are refused, DTDs are not loaded, and internal
/// entities may expand to a bounded multiple of the input only (``EntityBudget``).
final class XMLStreamParser {
    /// The first well-formedness or grammar error; parsing stops at it.
    @exclusivity(unchecked) private(set) var error: (message: String, line: Int, column: Int)?
    /// Held strongly: the session owns the parser and the handler, and the handler holds no
    /// strong reference back, so there is no cycle, and a `let` lets callbacks borrow it unretained.
    let handler: any XMLEventHandler
    /// Whether an error stopped the parse (checked on every event, cheaper than `error`).
    @exclusivity(unchecked) private(set) var stopped = false
    @exclusivity(unchecked) private var context: xmlParserCtxtPtr?
    @exclusivity(unchecked) private var names: [NamePointers: XMLName] = [:]
    /// A direct-mapped cache in front of `names`: most elements repeat the last few names.
    @exclusivity(unchecked) private var recentKeys = [NamePointers](repeating: NamePointers(local: nil, prefix: nil, namespace: nil), count: 256)
    @exclusivity(unchecked) private var recentNames = [XMLName?](repeating: nil, count: 256)
    @exclusivity(unchecked) var attributeBuffer: [XMLAttribute] = []
    /// The input bytes fed so far.
    @exclusivity(unchecked) private(set) var inputBytes = 0
    /// The internal entities the document declares, and what their references may expand to.
    let entities = EntityBudget()

    init(handler: any XMLEventHandler) {
        self.handler = handler
        ExternalEntityGuard.install()
    }

    deinit {
        if let context {
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            xmlFreeParserCtxt(context)
        }
    }

    /// The position the parser has reached.
    var location: (line: Int, column: Int) {
        guard let context else { return (0, 0) }
        return (Int(xmlSAX2GetLineNumber(context)), Int(xmlSAX2GetColumnNumber(context)))
    }

    /// Feeds the next chunk of the document; `last` finishes it.
    /// - Returns: false once an error was recorded.
    @discardableResult
    func feed(_ chunk: UnsafeRawBufferPointer, last: Bool) -> Bool {
        guard error == nil else { return false }
        if context == nil { start(filename: "input") }
        inputBytes += chunk.count
        let base = chunk.baseAddress?.assumingMemoryBound(to: CChar.self)
        xmlParseChunk(context, base, Int32(chunk.count), last ? 1 : 0)
        if error == nil, last, context?.pointee.wellFormed == 0 {
            fail("the document is not well-formed XML")
        }
        return error == nil
    }

    /// Records an error and stops the parse.
    func fail(_ message: String, line: Int? = nil, column: Int? = nil) {
        guard error == nil else { return }
        let here = location
        error = (message, line ?? here.line, column ?? here.column)
        stopped = true
        if let context { xmlStopParser(context) }
    }

    private func start(filename: String) {
        var sax = xmlSAXHandler()
        xmlSAXVersion(&sax, 2)
        sax.startElementNs = onStartElement
        sax.endElementNs = onEndElement
        sax.characters = onCharacters
        sax.cdataBlock = onCharacters
        sax.ignorableWhitespace = onCharacters
        sax.processingInstruction = onProcessingInstruction
        sax.comment = nil
        sax.warning = nil
        sax.serror = onStructuredError
        sax.getEntity = onGetEntity
        sax.entityDecl = onEntityDecl
        context = xmlCreatePushParserCtxt(&sax, nil, nil, 0, filename)
        let options = Int32(XML_PARSE_NOENT.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
        xmlCtxtUseOptions(context, options)
        context?.pointee._private = Unmanaged.passUnretained(self).toOpaque()
    }

    /// Whether a libxml2 context is this parser's document content, outside any entity and the
    /// DTD: only references there are charged to the entity budget (nested ones are part of
    /// their charge, and the DTD looks entities up without expanding them).
    func isDocumentLevel(_ other: UnsafeMutableRawPointer?) -> Bool {
        guard let context, let other else { return false }
        return UnsafeMutableRawPointer(context) == other && context.pointee.depth == 0 && context.pointee.inSubset == 0
    }

    /// The interned name for libxml2's dictionary pointers (stable for the whole parse).
    func name(local: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?, namespace: UnsafePointer<xmlChar>?) -> XMLName {
        let key = NamePointers(local: local, prefix: prefix, namespace: namespace)
        let slot = (Int(bitPattern: local) >> 3 ^ Int(bitPattern: namespace) >> 4) & 255
        if recentKeys[slot] == key, let known = recentNames[slot] { return known }
        if let known = names[key] {
            (recentKeys[slot], recentNames[slot]) = (key, known)
            return known
        }
        let made = XMLName(
            namespace: namespace.map { String(cString: $0) } ?? "",
            local: local.map { String(cString: $0) } ?? "",
            prefix: prefix.map { String(cString: $0) }
        )
        names[key] = made
        (recentKeys[slot], recentNames[slot]) = (key, made)
        return made
    }

    /// Runs `body` with the parser behind a libxml2 context, borrowed without retaining it
    /// (callbacks only run while the parser is feeding, so it is alive), unless the parse stopped.
    @inline(__always)
    static func withRunning(_ context: UnsafeMutableRawPointer?, _ body: (XMLStreamParser) -> Void) {
        guard let raw = context?.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return }
        Unmanaged<XMLStreamParser>.fromOpaque(raw)._withUnsafeGuaranteedRef { parser in
            guard !parser.stopped else { return }
            body(parser)
        }
    }

    static func from(_ context: UnsafeMutableRawPointer?) -> XMLStreamParser? {
        guard let raw = context?.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return nil }
        return Unmanaged<XMLStreamParser>.fromOpaque(raw).takeUnretainedValue()
    }
}

/// The dictionary pointers naming an element or attribute.
struct NamePointers: Hashable {
    let local: UnsafePointer<xmlChar>?
    let prefix: UnsafePointer<xmlChar>?
    let namespace: UnsafePointer<xmlChar>?

    func hash(into hasher: inout Hasher) {
        hasher.combine(local)
        hasher.combine(namespace)
    }
}
