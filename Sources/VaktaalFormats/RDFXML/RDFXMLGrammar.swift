import VaktaalModel

/// The RDF/XML grammar (RDF 1.1 XML Syntax, section 7) as a state machine over XML events. It
/// emits triples as soon as they are known and keeps only the open elements in memory.
final class RDFXMLGrammar: XMLEventHandler {
    static let rdf = Namespace.rdf
    /// Names that may not be node or property element names, nor property attributes.
    static let coreSyntaxTerms: Set<String> = ["RDF", "ID", "about", "parseType", "resource", "nodeID", "datatype"]
    static let oldTerms: Set<String> = ["aboutEach", "aboutEachPrefix", "bagID"]

    var frames: [RDFXMLFrame]
    /// `rdf:type`, held here so that the hot path does not go through a global's lazy initialiser.
    let rdfType = WellKnownIRI.rdfType
    /// States of the open property elements, innermost last.
    var properties: [PropertyState] = []
    /// States of the open collections, innermost last.
    var collections: [CollectionState] = []
    /// The XML literal being collected (literals do not nest).
    var literal = XMLLiteralState(subject: .blank(""), predicate: "", reificationIRI: nil)
    /// Character data of the innermost property element.
    var text: [UInt8] = []
    let emit: (Triple) -> Void
    /// Set by the driver: reports a grammar error and stops the parse.
    var fail: (String) -> Void = { _ in }
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
            if name.rdfLocal == "RDF" {
                frames.append(RDFXMLFrame(kind: .nodeList, base: base, language: language))
            } else {
                _ = nodeElement(name, attributes, base: base, language: language)
            }
        case .nodeList:
            _ = nodeElement(name, attributes, base: base, language: language)
        case .node(let subject, let listIndex):
            if name.rdfLocal == "li" { frames[frames.count - 1].kind = .node(subject: subject, nextListIndex: listIndex + 1) }
            propertyElement(name, attributes, subject: subject, listIndex: listIndex, base: base, language: language)
        case .property:
            let top = properties.count - 1
            guard !properties[top].hasNodeChild else { return error("a property element holds one node element at most; found a second, <\(name.qualified)>") }
            guard !properties[top].mustBeEmpty else { return error("a property element with rdf:resource, rdf:nodeID or property attributes must be empty; found <\(name.qualified)> inside") }
            guard properties[top].datatype == nil else { return error("a property element with rdf:datatype holds text only; found <\(name.qualified)> inside") }
            guard text.allSatisfy(Self.isXMLSpace) else { return error("a property element holds either text or one node element, not both") }
            properties[top].hasNodeChild = true
            text.removeAll(keepingCapacity: true)
            guard let object = nodeElement(name, attributes, base: base, language: language) else { return }
            emitStatement(properties[top].subject, properties[top].predicate, object, reifiedAs: properties[top].reificationIRI)
        case .collection:
            guard let object = nodeElement(name, attributes, base: base, language: language) else { return }
            collections[collections.count - 1].items.append(object)
        }
    }

    func endElement() {
        guard !failed, let frame = frames.popLast() else { return }
        switch frame.kind {
        case .document, .nodeList, .node:
            break
        case .property:
            finishProperty(properties.removeLast(), base: frame.base, language: frame.language)
            text.removeAll(keepingCapacity: true)
        case .collection:
            finishCollection(collections.removeLast())
        case .xmlLiteral:
            if literal.openNames.isEmpty {
                let value = Literal(String(decoding: literal.xml, as: UTF8.self), datatype: WellKnownIRI.rdfXMLLiteral)
                emitStatement(literal.subject, literal.predicate, .literal(value), reifiedAs: literal.reificationIRI)
            } else {
                literalEnd()
                frames.append(frame)
            }
        }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        guard !failed else { return }
        switch frames[frames.count - 1].kind {
        case .property:
            self.text.append(contentsOf: text)
        case .xmlLiteral:
            XMLCanonicalizer.appendText(text, to: &literal.xml)
        default:
            if !text.allSatisfy(Self.isXMLSpace) {
                error("text is not allowed here; expected a node element or property element")
            }
        }
    }

    func processingInstruction(target: String, data: String) {
        guard case .xmlLiteral = frames[frames.count - 1].kind else { return }
        literal.xml.append(contentsOf: "<?\(target)\(data.isEmpty ? "" : " " + data)?>".utf8)
    }

    // MARK: Helpers

    /// The base IRI and language in force for an element, from its `xml:base` and `xml:lang`.
    private func scope(of attributes: [XMLAttribute], in parent: RDFXMLFrame) -> (String, String?) {
        var base = parent.base
        var language = parent.language
        for attribute in attributes where attribute.name.isXMLReserved && attribute.name.namespace == Namespace.xml {
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
        emit(Triple(statement, rdfType, .iri(WellKnownIRI.rdfStatement)))
        emit(Triple(statement, WellKnownIRI.rdfSubject, subject))
        emit(Triple(statement, WellKnownIRI.rdfPredicate, .iri(predicate)))
        emit(Triple(statement, WellKnownIRI.rdfObject, object))
    }

    static func isXMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
