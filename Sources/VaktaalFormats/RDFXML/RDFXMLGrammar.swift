import VaktaalModel

/// The RDF/XML grammar (RDF 1.1 XML Syntax, section 7) as a state machine over XML events. It
/// emits triples as soon as they are known and keeps only the open elements in memory.
final class RDFXMLGrammar: XMLEventHandler {
    static let rdf = Namespace.rdf
    /// Names that may not be node or property element names, nor property attributes.
    static let coreSyntaxTerms: Set<String> = ["RDF", "ID", "about", "parseType", "resource", "nodeID", "datatype"]
    static let oldTerms: Set<String> = ["aboutEach", "aboutEachPrefix", "bagID"]

    var frames: [RDFXMLFrame]
    let emit: (Triple) -> Void
    /// Set by the driver: reports a grammar error and stops the parse.
    var fail: (String) -> Void = { _ in }
    /// Set by the driver: the current line and column.
    var location: () -> (line: Int, column: Int) = { (0, 0) }
    private(set) var prefixes: [(prefix: String, namespace: String)] = []
    private var declaredPrefixes: Set<String> = []
    private var blankNodeCount = 0
    private var nodeIDs: [String: String] = [:]
    var usedIDs: Set<String> = []
    var failed = false

    init(base: String, emit: @escaping (Triple) -> Void) {
        self.frames = [RDFXMLFrame(kind: .document, base: base, language: nil)]
        self.emit = emit
    }

    func error(_ message: String) {
        guard !failed else { return }
        failed = true
        fail(message)
    }

    func newBlankNode() -> Term {
        blankNodeCount += 1
        return .blank("b\(blankNodeCount)")
    }

    func blankNode(nodeID: String) -> Term {
        if let label = nodeIDs[nodeID] { return .blank(label) }
        blankNodeCount += 1
        let label = "b\(blankNodeCount)"
        nodeIDs[nodeID] = label
        return .blank(label)
    }

    // MARK: XML events

    func startElement(_ name: XMLName, attributes: [XMLAttribute], namespaceDeclarations: [(prefix: String?, iri: String)]) {
        guard !failed else { return }
        for declaration in namespaceDeclarations {
            let prefix = declaration.prefix ?? ""
            if declaredPrefixes.insert(prefix).inserted { prefixes.append((prefix, declaration.iri)) }
        }
        let parent = frames[frames.count - 1]
        let (base, language) = scope(of: attributes, in: parent)
        switch parent.kind {
        case .xmlLiteral:
            literalStart(name, attributes: attributes)
        case .document:
            if name.iri == Self.rdf + "RDF" {
                frames.append(RDFXMLFrame(kind: .nodeList, base: base, language: language))
            } else {
                _ = nodeElement(name, attributes, base: base, language: language)
            }
        case .nodeList:
            _ = nodeElement(name, attributes, base: base, language: language)
        case .node(let subject, let listIndex):
            if name.iri == Self.rdf + "li" { frames[frames.count - 1].kind = .node(subject: subject, nextListIndex: listIndex + 1) }
            propertyElement(name, attributes, subject: subject, listIndex: listIndex, base: base, language: language)
        case .property(var state):
            guard !state.hasNodeChild else { return error("a property element holds one node element at most; found a second, <\(name.qualified)>") }
            guard !state.mustBeEmpty else { return error("a property element with rdf:resource, rdf:nodeID or property attributes must be empty; found <\(name.qualified)> inside") }
            guard state.datatype == nil else { return error("a property element with rdf:datatype holds text only; found <\(name.qualified)> inside") }
            guard state.text.allSatisfy(Self.isXMLSpace) else { return error("a property element holds either text or one node element, not both") }
            state.hasNodeChild = true
            frames[frames.count - 1].kind = .property(state)
            guard let object = nodeElement(name, attributes, base: base, language: language) else { return }
            emitStatement(state.subject, state.predicate, object, reifiedAs: state.reificationIRI)
        case .collection(var state):
            guard let object = nodeElement(name, attributes, base: base, language: language) else { return }
            state.items.append(object)
            frames[frames.count - 2].kind = .collection(state)
        }
    }

    func endElement() {
        guard !failed, let frame = frames.popLast() else { return }
        switch frame.kind {
        case .document, .nodeList, .node:
            break
        case .property(let state):
            finishProperty(state, base: frame.base, language: frame.language)
        case .collection(let state):
            finishCollection(state)
        case .xmlLiteral(var state):
            if state.openNames.isEmpty {
                let literal = Literal(String(decoding: state.xml, as: UTF8.self), datatype: Self.rdf + "XMLLiteral")
                emitStatement(state.subject, state.predicate, .literal(literal), reifiedAs: state.reificationIRI)
            } else {
                literalEnd(&state)
                frames.append(RDFXMLFrame(kind: .xmlLiteral(state), base: frame.base, language: frame.language))
            }
        }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        guard !failed else { return }
        let index = frames.count - 1
        switch frames[index].kind {
        case .property(var state):
            frames[index].kind = .document
            state.text.append(contentsOf: text)
            frames[index].kind = .property(state)
        case .xmlLiteral(var state):
            frames[index].kind = .document
            XMLCanonicalizer.appendText(text, to: &state.xml)
            frames[index].kind = .xmlLiteral(state)
        default:
            if !text.allSatisfy(Self.isXMLSpace) {
                error("text is not allowed here; expected a node element or property element")
            }
        }
    }

    func processingInstruction(target: String, data: String) {
        guard case .xmlLiteral(var state) = frames[frames.count - 1].kind else { return }
        frames[frames.count - 1].kind = .document
        state.xml.append(contentsOf: "<?\(target)\(data.isEmpty ? "" : " " + data)?>".utf8)
        frames[frames.count - 1].kind = .xmlLiteral(state)
    }

    // MARK: Helpers

    /// The base IRI and language in force for an element, from its `xml:base` and `xml:lang`.
    private func scope(of attributes: [XMLAttribute], in parent: RDFXMLFrame) -> (String, String?) {
        var base = parent.base
        var language = parent.language
        for attribute in attributes where attribute.name.namespace == Namespace.xml {
            if attribute.name.local == "base" { base = IRIResolver.resolve(attribute.value, against: parent.base) }
            if attribute.name.local == "lang" { language = attribute.value.isEmpty ? nil : attribute.value }
        }
        return (base, language)
    }

    func resolve(_ reference: String, _ base: String) -> String {
        IRIResolver.resolve(reference, against: base)
    }

    func emitStatement(_ subject: Term, _ predicate: String, _ object: Term, reifiedAs reification: String?) {
        emit(Triple(subject, predicate, object))
        guard let reification else { return }
        let statement = Term.iri(reification)
        emit(Triple(statement, Self.rdf + "type", .iri(Self.rdf + "Statement")))
        emit(Triple(statement, Self.rdf + "subject", subject))
        emit(Triple(statement, Self.rdf + "predicate", .iri(predicate)))
        emit(Triple(statement, Self.rdf + "object", object))
    }

    static func isXMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
