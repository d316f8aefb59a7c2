/// A qualified XML name, resolved against the namespaces in scope.
final class XMLName {
    /// The namespace IRI, empty when the name is in no namespace.
    let namespace: String
    /// The local part.
    let local: String
    /// The prefix as written, when there is one.
    let prefix: String?
    /// Namespace and local name concatenated: the IRI RDF/XML gives the name.
    let iri: String
    /// The UTF-8 of ``iri``.
    let iriBytes: [UInt8]
    /// Whether XML reserves the name (`xml:lang`, `xml:base`, anything starting with `xml`).
    let isXMLReserved: Bool
    /// The local name when the name is in the XML namespace (`lang`, `base`).
    let xmlLocal: String?
    /// The local name when the name is in the RDF namespace.
    let rdfLocal: String?

    init(namespace: String, local: String, prefix: String?) {
        self.namespace = namespace
        self.local = local
        self.prefix = prefix
        self.iri = namespace + local
        iriBytes = Array(iri.utf8)
        let qualified = prefix.map { "\($0):\(local)" } ?? local
        isXMLReserved = namespace == "http://www.w3.org/XML/1998/namespace" || qualified.lowercased().hasPrefix("xml")
        xmlLocal = namespace == "http://www.w3.org/XML/1998/namespace" ? local : nil
        rdfLocal = namespace == "http://www.w3.org/1999/02/22-rdf-syntax-ns#" ? local : nil
    }

    /// The name as written in the document.
    var qualified: String { prefix.map { "\($0):\(local)" } ?? local }
}

/// An attribute of a start tag, its value with entities and character references replaced.
struct XMLAttribute {
    let name: XMLName
    /// The value's UTF-8, owned by libxml2: valid only during the start-element event.
    let value: UnsafeBufferPointer<UInt8>

    /// The value as a string (for messages and rare paths).
    var string: String { String(decoding: value, as: UTF8.self) }
}

/// Receives the events of a streaming XML parse.
protocol XMLEventHandler: AnyObject {
    /// An element starts. `attributes` is only valid during the call.
    func startElement(_ name: XMLName, attributes: [XMLAttribute], namespaceDeclarations: [(prefix: String?, iri: String)])
    /// The current element ends.
    func endElement()
    /// Character data (possibly one of several pieces of one text node).
    func characters(_ text: UnsafeBufferPointer<UInt8>)
    /// A processing instruction inside content.
    func processingInstruction(target: String, data: String)
}
