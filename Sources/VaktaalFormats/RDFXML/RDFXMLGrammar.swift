import VaktaalModel

/// The RDF/XML grammar (RDF 1.1 XML Syntax, section 7) as a state machine over XML events. It
/// hands triples to a sink as soon as they are known and keeps only the open elements in memory:
/// their terms sit in one byte arena, freed as elements close, so that no string is made per triple.
final class RDFXMLGrammar: XMLEventHandler {
    /// Names that may not be node or property element names, nor property attributes.
    static let coreSyntaxTerms: Set<String> = ["RDF", "ID", "about", "parseType", "resource", "nodeID", "datatype"]
    static let oldTerms: Set<String> = ["aboutEach", "aboutEachPrefix", "bagID"]

    /// The terms of the open elements, above the constants and the document's base.
    let arena = ByteArena()
    /// IRIs the grammar emits itself, stored at the bottom of the arena.
    let constants: RDFXMLConstants
    /// Character data of the innermost property element.
    let text = ByteArena(capacity: 1 << 12)
    @exclusivity(unchecked) var frames: [RDFXMLFrame]
    /// States of the open property elements, innermost last.
    @exclusivity(unchecked) var properties: [PropertyState] = []
    /// Property attributes of the open empty property elements.
    @exclusivity(unchecked) var pendingAttributes: [PendingAttribute] = []
    /// Property attributes of the node element being opened (reused buffer).
    @exclusivity(unchecked) var nodeAttributes: [(predicate: ByteRange, object: RDFXMLObject)] = []
    /// States of the open collections, innermost last.
    @exclusivity(unchecked) var collections: [CollectionState] = []
    /// The XML literal being collected (literals do not nest).
    @exclusivity(unchecked) var literal: XMLLiteralState
    let sink: any RDFTripleSink
    /// What the sink threw, when it did: the parse stops and the reader rethrows it.
    @exclusivity(unchecked) var sinkError: (any Error)?
    /// Set by the driver: reports a grammar error and stops the parse.
    @exclusivity(unchecked) var fail: (String) -> Void = { _ in }
    @exclusivity(unchecked) private(set) var prefixes: [(prefix: String, namespace: String)] = []
    @exclusivity(unchecked) private var declaredPrefixes: Set<String> = []
    @exclusivity(unchecked) var blankNodeCount = 0
    @exclusivity(unchecked) var nodeIDs: [String: Int] = [:]
    @exclusivity(unchecked) var usedIDs: Set<String> = []
    @exclusivity(unchecked) var failed = false
    /// The longest literal and deepest nesting accepted.
    let limits: ReaderLimits

    init(base: String, sink: any RDFTripleSink, limits: ReaderLimits = .default) {
        self.limits = limits
        constants = RDFXMLConstants(arena)
        let baseRange = arena.append(base)
        frames = [RDFXMLFrame(kind: .document, base: baseRange, language: .empty, mark: arena.count)]
        let nothing = ArenaTerm(kind: .blank, value: .empty)
        literal = XMLLiteralState(subject: nothing, predicate: .empty, reificationIRI: nil)
        self.sink = sink
    }

    func error(_ message: String) {
        guard !failed else { return }
        failed = true
        fail(message)
    }

    // MARK: XML events

    func startElement(_ name: XMLName, attributes: [XMLAttribute], namespaceDeclarations: [(prefix: String?, iri: String)]) {
        guard !failed else { return }
        for declaration in namespaceDeclarations {
            let prefix = declaration.prefix ?? ""
            if declaredPrefixes.insert(prefix).inserted { prefixes.append((prefix, declaration.iri)) }
        }
        guard frames.count + literal.openNames.count <= limits.maximumDepth else {
            return error("elements nested deeper than \(limits.maximumDepth) levels (ReaderLimits.maximumDepth)")
        }
        let parent = frames[frames.count - 1]
        let mark = arena.count
        let (base, language) = scope(of: attributes, in: parent)
        switch parent.kind {
        case .xmlLiteral:
            literalStart(name, attributes: attributes)
        case .document:
            if name.rdfLocal == "RDF" {
                frames.append(RDFXMLFrame(kind: .nodeList, base: base, language: language, mark: mark))
            } else {
                _ = nodeElement(name, attributes, base: base, language: language, mark: mark)
            }
        case .nodeList:
            _ = nodeElement(name, attributes, base: base, language: language, mark: mark)
        case .node(let subject, let listIndex):
            if name.rdfLocal == "li" { frames[frames.count - 1].kind = .node(subject: subject, nextListIndex: listIndex + 1) }
            propertyElement(name, attributes, subject: subject, listIndex: listIndex, base: base, language: language, mark: mark)
        case .property:
            let top = properties.count - 1
            guard !properties[top].hasNodeChild else { return error("a property element holds one node element at most; found a second, <\(name.qualified)>") }
            guard !properties[top].mustBeEmpty else { return error("a property element with rdf:resource, rdf:nodeID or property attributes must be empty; found <\(name.qualified)> inside") }
            guard properties[top].datatype == nil else { return error("a property element with rdf:datatype holds text only; found <\(name.qualified)> inside") }
            guard text.all.allSatisfy(Self.isXMLSpace) else { return error("a property element holds either text or one node element, not both") }
            properties[top].hasNodeChild = true
            text.truncate(to: 0)
            guard let object = nodeElement(name, attributes, base: base, language: language, mark: mark) else { return }
            let state = properties[top]
            emitStatement(state.subject, state.predicate, .term(object), reifiedAs: state.reificationIRI)
        case .collection:
            guard let object = nodeElement(name, attributes, base: base, language: language, mark: mark) else { return }
            collections[collections.count - 1].items.append(OwnedTerm(kind: object.kind, value: Array(arena.view(object.value))))
        }
    }

    func endElement() {
        guard !failed, let frame = frames.popLast() else { return }
        switch frame.kind {
        case .document, .nodeList, .node:
            break
        case .property:
            finishProperty(properties.removeLast(), base: frame.base, language: frame.language)
            text.truncate(to: 0)
        case .collection:
            finishCollection(collections.removeLast())
        case .xmlLiteral:
            guard literal.openNames.isEmpty else {
                literalEnd()
                frames.append(frame)
                return
            }
            let value = arena.append(literal.xml)
            let object = RDFXMLObject.literal(value, language: .empty, datatype: constants.rdfXMLLiteral)
            emitStatement(literal.subject, literal.predicate, object, reifiedAs: literal.reificationIRI)
        }
        arena.truncate(to: frame.mark)
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        guard !failed else { return }
        switch frames[frames.count - 1].kind {
        case .property:
            guard self.text.count + text.count <= limits.maximumLiteralBytes else { return literalTooLong() }
            self.text.append(text)
        case .xmlLiteral:
            guard literal.xml.count + text.count <= limits.maximumLiteralBytes else { return literalTooLong() }
            XMLCanonicalizer.appendText(text, to: &literal.xml)
        default:
            if !text.allSatisfy(Self.isXMLSpace) {
                error("text is not allowed here; expected a node element or property element")
            }
        }
    }

    private func literalTooLong() {
        error("literal longer than \(limits.maximumLiteralBytes) bytes (ReaderLimits.maximumLiteralBytes)")
    }

    func processingInstruction(target: String, data: String) {
        guard case .xmlLiteral = frames[frames.count - 1].kind else { return }
        literal.xml.append(contentsOf: "<?\(target)\(data.isEmpty ? "" : " " + data)?>".utf8)
    }

    // MARK: Scope

    /// The base IRI and language in force for an element, from its `xml:base` and `xml:lang`.
    private func scope(of attributes: [XMLAttribute], in parent: RDFXMLFrame) -> (ByteRange, ByteRange) {
        var base = parent.base
        var language = parent.language
        for attribute in attributes {
            guard let local = attribute.name.xmlLocal else { continue }
            if local == "base" { base = resolve(attribute.value, against: parent.base) }
            if local == "lang" { language = appendLanguage(attribute.value) }
        }
        return (base, language)
    }

    /// Stores a language tag as ``Literal`` keeps it (lower-cased); empty means none.
    private func appendLanguage(_ tag: UnsafeBufferPointer<UInt8>) -> ByteRange {
        guard tag.contains(where: { (0x41...0x5A).contains($0) }) else { return arena.append(tag) }
        guard tag.allSatisfy({ $0 < 0x80 }) else { return arena.append(String(decoding: tag, as: UTF8.self).lowercased()) }
        let mark = arena.count
        for byte in tag { arena.appendByte((0x41...0x5A).contains(byte) ? byte + 0x20 : byte) }
        return arena.range(since: mark)
    }

    static func isXMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
