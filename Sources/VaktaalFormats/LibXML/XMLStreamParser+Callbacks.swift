internal import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The C callbacks of the SAX2 handler. Each finds its parser through the context's `_private`.

let onStartElement: startElementNsSAX2Func = { context, local, prefix, namespace, namespaceCount, namespaces, attributeCount, _, attributes in
    XMLStreamParser.withRunning(context) { parser in
        startElement(parser, local, prefix, namespace, namespaceCount, namespaces, attributeCount, attributes)
    }
}

private func startElement(
    _ parser: XMLStreamParser, _ local: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?, _ namespace: UnsafePointer<xmlChar>?,
    _ namespaceCount: Int32, _ namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
    _ attributeCount: Int32, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
) {
    let name = parser.name(local: local, prefix: prefix, namespace: namespace)
    if namespace == nil, prefix != nil {
        parser.fail("the prefix '\(name.prefix!)' of <\(name.qualified)> is not declared; expected an xmlns:\(name.prefix!)=\"…\" declaration")
        return
    }
    parser.attributeBuffer.removeAll(keepingCapacity: true)
    if let attributes {
        for index in 0..<Int(attributeCount) {
            let base = attributes + index * 5
            if base[2] == nil, base[1] != nil {
                parser.fail("the prefix '\(String(cString: base[1]!))' of an attribute is not declared")
                return
            }
            let attributeName = parser.name(local: base[0], prefix: base[1], namespace: base[2])
            let start = base[3]!
            let length = base[4]! - start
            let value = UnsafeBufferPointer(start: start, count: length)
            parser.attributeBuffer.append(XMLAttribute(name: attributeName, value: value))
        }
    }
    var declarations: [(prefix: String?, iri: String)] = []
    if let namespaces, namespaceCount > 0 {
        for index in 0..<Int(namespaceCount) {
            let declaredPrefix = namespaces[index * 2].map { String(cString: $0) }
            let iri = namespaces[index * 2 + 1].map { String(cString: $0) } ?? ""
            declarations.append((declaredPrefix, iri))
        }
    }
    parser.handler.startElement(name, attributes: parser.attributeBuffer, namespaceDeclarations: declarations)
}

let onEndElement: endElementNsSAX2Func = { context, _, _, _ in
    XMLStreamParser.withRunning(context) { $0.handler.endElement() }
}

let onCharacters: charactersSAXFunc = { context, characters, length in
    guard let characters else { return }
    XMLStreamParser.withRunning(context) { $0.handler.characters(UnsafeBufferPointer(start: characters, count: Int(length))) }
}

let onProcessingInstruction: processingInstructionSAXFunc = { context, target, data in
    XMLStreamParser.withRunning(context) { parser in
        parser.handler.processingInstruction(
            target: target.map { String(cString: $0) } ?? "",
            data: data.map { String(cString: $0) } ?? ""
        )
    }
}

let onEntityDecl: entityDeclSAXFunc = { context, name, type, publicID, systemID, content in
    xmlSAX2EntityDecl(context, name, type, publicID, systemID, content)
    guard let name, type == Int32(XML_INTERNAL_GENERAL_ENTITY.rawValue), let parser = XMLStreamParser.from(context) else { return }
    let text = content.map { Array(UnsafeBufferPointer(start: $0, count: strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)))) } ?? []
    parser.entities.declare(String(cString: name), content: text)
}

/// Looks an entity up, charging a reference made by the document to the entity budget: past the
/// budget the parse stops with an "entity amplification" error and the entity is not expanded.
let onGetEntity: getEntitySAXFunc = { context, name in
    let entity = xmlSAX2GetEntity(context, name)
    guard let entity, let name, entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY,
          let parser = XMLStreamParser.from(context), parser.isDocumentLevel(context) else { return entity }
    guard !parser.stopped else { return nil }
    let entityName = String(cString: name)
    if let refusal = parser.entities.charge(entityName, inputBytes: parser.inputBytes) {
        // The parser stands just after `&name;`: point at its '&'.
        let here = parser.location
        parser.fail(refusal.message, line: here.line, column: max(1, here.column - entityName.utf8.count - 2))
        return nil
    }
    return entity
}

let onStructuredError: xmlStructuredErrorFunc = { userData, error in
    guard let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    let context = error.pointee.ctxt ?? userData
    guard let parser = XMLStreamParser.from(context) else { return }
    if error.pointee.code == Int32(XML_ERR_ENTITY_LOOP.rawValue) {
        // libxml2 reports entity bombs as loops, at a place inside the entity's text: say what it
        // is, where the document refers to it.
        parser.fail("entity loop or amplification: nested entity references expand without bound; expected entities that expand to a modest multiple of the document")
        return
    }
    var message = error.pointee.message.map { String(cString: $0) } ?? "XML error"
    while message.last?.isNewline == true { message.removeLast() }
    parser.fail(message, line: Int(error.pointee.line), column: Int(error.pointee.int2))
}
