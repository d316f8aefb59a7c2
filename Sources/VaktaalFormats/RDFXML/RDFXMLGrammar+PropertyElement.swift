import VaktaalModel

extension RDFXMLGrammar {
    /// Handles a property element of `subject`.
    func propertyElement(_ name: XMLName, _ attributes: [XMLAttribute], subject: ArenaTerm, listIndex: Int, base: ByteRange, language: ByteRange, mark: Int) {
        guard !name.namespace.isEmpty else {
            return error("<\(name.qualified)> has no namespace; property elements need a namespaced name such as skos:prefLabel")
        }
        let predicate: ByteRange
        if let local = name.rdfLocal, local == "li" {
            predicate = arena.append(Namespace.rdf + "_\(listIndex)")
        } else if let local = name.rdfLocal, Self.coreSyntaxTerms.contains(local) || Self.oldTerms.contains(local) || local == "Description" {
            return error("rdf:\(local) cannot be used as a property element")
        } else {
            predicate = arena.append(name.iriBytes)
        }
        var state = PropertyState(subject: subject, predicate: predicate)
        state.attributeStart = pendingAttributes.count
        var parseType: String?
        for attribute in attributes {
            guard let rdfName = rdfAttributeName(attribute.name) else {
                if attribute.name.isXMLReserved { continue }
                guard !attribute.name.namespace.isEmpty else {
                    return error("the attribute \(attribute.name.local) has no namespace; expected a qualified name such as rdf:about or skos:notation")
                }
                pendingAttributes.append(PendingAttribute(predicate: arena.append(attribute.name.iriBytes), value: arena.append(attribute.value), isType: false))
                continue
            }
            switch rdfName {
            case "ID":
                guard let iri = idIRI(attribute.value, base: base) else { return }
                state.reificationIRI = iri
            case "datatype": state.datatype = resolve(attribute.value, against: base)
            case "parseType": parseType = attribute.string
            case "resource", "nodeID":
                guard state.objectAttribute == nil else { return error("a property element takes rdf:resource or rdf:nodeID, not both") }
                if rdfName == "nodeID" {
                    let label = attribute.string
                    guard Self.isNCName(label) else { return error("rdf:nodeID=\"\(label)\" is not an XML name (NCName)") }
                    state.objectAttribute = blankNode(nodeID: label)
                } else {
                    state.objectAttribute = ArenaTerm(kind: .iri, value: resolve(attribute.value, against: base))
                }
            case "type":
                pendingAttributes.append(PendingAttribute(predicate: constants.rdfType, value: arena.append(attribute.value), isType: true))
            default:
                guard isPropertyAttribute(rdfName) else { return error("rdf:\(rdfName) is not allowed on a property element") }
                pendingAttributes.append(PendingAttribute(predicate: arena.append(attribute.name.iriBytes), value: arena.append(attribute.value), isType: false))
            }
        }
        state.attributeCount = pendingAttributes.count - state.attributeStart
        guard let parseType else {
            properties.append(state)
            text.truncate(to: 0)
            frames.append(RDFXMLFrame(kind: .property, base: base, language: language, mark: mark))
            return
        }
        guard state.objectAttribute == nil, state.attributeCount == 0, state.datatype == nil else {
            return error("rdf:parseType cannot be combined with rdf:resource, rdf:nodeID, rdf:datatype or property attributes")
        }
        switch parseType {
        case "Resource":
            let object = newBlankNode()
            emitStatement(subject, predicate, .term(object), reifiedAs: state.reificationIRI)
            frames.append(RDFXMLFrame(kind: .node(subject: object, nextListIndex: 1), base: base, language: language, mark: mark))
        case "Collection":
            collections.append(CollectionState(subject: subject, predicate: predicate, reificationIRI: state.reificationIRI))
            frames.append(RDFXMLFrame(kind: .collection, base: base, language: language, mark: mark))
        default:
            literal = XMLLiteralState(subject: subject, predicate: predicate, reificationIRI: state.reificationIRI)
            frames.append(RDFXMLFrame(kind: .xmlLiteral, base: base, language: language, mark: mark))
        }
    }

    /// Ends a property element that held no node element: an empty property element or a literal.
    func finishProperty(_ state: PropertyState, base: ByteRange, language: ByteRange) {
        defer { if state.attributeCount > 0 { pendingAttributes.removeSubrange(state.attributeStart...) } }
        let onlySpace = text.all.allSatisfy(Self.isXMLSpace)
        if state.hasNodeChild {
            guard onlySpace else { return error("a property element holds either text or one node element, not both") }
            return
        }
        if state.mustBeEmpty {
            guard onlySpace else {
                return error("a property element with rdf:resource, rdf:nodeID or property attributes must be empty; it holds text")
            }
            let object = state.objectAttribute ?? newBlankNode()
            emitStatement(state.subject, state.predicate, .term(object), reifiedAs: state.reificationIRI)
            for attribute in pendingAttributes[state.attributeStart...] {
                if attribute.isType {
                    let type = ArenaTerm(kind: .iri, value: resolve(stored: attribute.value, against: base))
                    emit(object, attribute.predicate, .term(type))
                } else {
                    emit(object, attribute.predicate, .literal(attribute.value, language: language, datatype: .empty))
                }
            }
            return
        }
        let object: RDFXMLObject = state.datatype.map { .textLiteral(language: .empty, datatype: $0) }
            ?? .textLiteral(language: language, datatype: .empty)
        emitStatement(state.subject, state.predicate, object, reifiedAs: state.reificationIRI)
    }

    /// Ends a `parseType="Collection"` property element: its node elements become an RDF list.
    func finishCollection(_ state: CollectionState) {
        let items = state.items.map { ArenaTerm(kind: $0.kind, value: arena.append($0.value)) }
        let nodes = items.map { _ in newBlankNode() }
        let nothing = ArenaTerm(kind: .iri, value: constants.rdfNil)
        emitStatement(state.subject, state.predicate, .term(nodes.first ?? nothing), reifiedAs: state.reificationIRI)
        for (index, node) in nodes.enumerated() {
            emit(node, constants.rdfFirst, .term(items[index]))
            emit(node, constants.rdfRest, .term(index + 1 < nodes.count ? nodes[index + 1] : nothing))
        }
    }
}
