internal import CLibXML2

/// A thin wrapper on libxml2's `xmlTextWriter` writing to memory, indented, escaping as XML needs.
final class XMLTextWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private(set) var failed = false

    init() {
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        xmlTextWriterSetIndent(writer, 1)
        xmlTextWriterSetIndentString(writer, "  ")
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    private func check(_ result: Int32) {
        if result < 0 { failed = true }
    }

    func startDocument() { check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)) }
    func endDocument() { check(xmlTextWriterEndDocument(writer)) }
    func startElement(_ name: String) { check(xmlTextWriterStartElement(writer, name)) }
    func endElement() { check(xmlTextWriterEndElement(writer)) }
    /// Ends an element, always with a closing tag (never `<x/>`).
    func fullEndElement() { check(xmlTextWriterFullEndElement(writer)) }
    func attribute(_ name: String, _ value: String) { check(xmlTextWriterWriteAttribute(writer, name, value)) }
    func text(_ value: String) { check(xmlTextWriterWriteString(writer, value)) }
    /// Writes markup as it is (for XML literals, already canonical XML).
    func raw(_ markup: String) { check(xmlTextWriterWriteRaw(writer, markup)) }
    func comment(_ value: String) { check(xmlTextWriterWriteComment(writer, value)) }

    /// Takes the bytes written so far out of the buffer.
    func drain() -> [UInt8] {
        check(xmlTextWriterFlush(writer))
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        let bytes = Array(UnsafeBufferPointer(start: content, count: count))
        xmlBufferEmpty(buffer)
        return bytes
    }
}
