/// Exclusive XML canonicalization, as RDF/XML requires for `rdf:parseType="Literal"` content:
/// namespaces declared where first used, attributes sorted, empty elements as start-end pairs.
enum XMLCanonicalizer {
    static func appendText(_ text: UnsafeBufferPointer<UInt8>, to xml: inout [UInt8]) {
        for byte in text {
            switch byte {
            case UInt8(ascii: "&"): xml.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): xml.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): xml.append(contentsOf: "&gt;".utf8)
            case 0x0D: xml.append(contentsOf: "&#xD;".utf8)
            default: xml.append(byte)
            }
        }
    }

    static func appendAttributeValue(_ value: String, to xml: inout [UInt8]) {
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "&"): xml.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): xml.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: "\""): xml.append(contentsOf: "&quot;".utf8)
            case 0x09: xml.append(contentsOf: "&#x9;".utf8)
            case 0x0A: xml.append(contentsOf: "&#xA;".utf8)
            case 0x0D: xml.append(contentsOf: "&#xD;".utf8)
            default: xml.append(byte)
            }
        }
    }
}

extension RDFXMLGrammar {
    /// An element starts inside XML literal content.
    func literalStart(_ name: XMLName, attributes: [XMLAttribute]) {
        var needed: [String: String] = [(name.prefix ?? ""): name.namespace]
        for attribute in attributes where attribute.name.prefix != nil && attribute.name.prefix != "xml" {
            needed[attribute.name.prefix!] = attribute.name.namespace
        }
        var scope: [String: String] = [:]
        for (prefix, namespace) in needed where (literal.renderedNamespaces[prefix] ?? "") != namespace {
            scope[prefix] = namespace
        }
        literal.xml.append(UInt8(ascii: "<"))
        literal.xml.append(contentsOf: name.qualified.utf8)
        for (prefix, namespace) in scope.sorted(by: { $0.key < $1.key }) {
            literal.xml.append(contentsOf: (prefix.isEmpty ? " xmlns=\"" : " xmlns:\(prefix)=\"").utf8)
            XMLCanonicalizer.appendAttributeValue(namespace, to: &literal.xml)
            literal.xml.append(UInt8(ascii: "\""))
        }
        let sorted = attributes.sorted { ($0.name.namespace, $0.name.local) < ($1.name.namespace, $1.name.local) }
        for attribute in sorted {
            literal.xml.append(contentsOf: " \(attribute.name.qualified)=\"".utf8)
            XMLCanonicalizer.appendAttributeValue(attribute.string, to: &literal.xml)
            literal.xml.append(UInt8(ascii: "\""))
        }
        literal.xml.append(UInt8(ascii: ">"))
        literal.replacedNamespaces.append(scope.map { ($0.key, literal.renderedNamespaces.updateValue($0.value, forKey: $0.key)) })
        literal.openNames.append(name.qualified)
    }

    /// An element ends inside XML literal content.
    func literalEnd() {
        let name = literal.openNames.removeLast()
        for (prefix, namespace) in literal.replacedNamespaces.removeLast() { literal.renderedNamespaces[prefix] = namespace }
        literal.xml.append(contentsOf: "</\(name)>".utf8)
    }
}
