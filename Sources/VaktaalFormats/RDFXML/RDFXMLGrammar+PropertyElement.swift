import VaktaalModel

extension RDFXMLGrammar {
    /// Handles a property element of `subject`.
    func propertyElement(_ name: XMLName, _ attributes: [XMLAttribute], subject: Term, listIndex: Int, base: String, language: String?) {
        guard !name.namespace.isEmpty else {
            return error("<\(name.qualified)> has no namespace; property elements need a namespaced name such as skos:prefLabel")
        }
        var predicate = name.iri
        if let local = name.rdfLocal {
            if local == "li" { predicate = Self.rdf + "_\(listIndex)" }
            else if Self.coreSyntaxTerms.contains(local) || Self.oldTerms.contains(local) || local == "Description" {
                return error("rdf:\(local) cannot be used as a property element")
            }
        }
        var state = PropertyState(subject: subject, predicate: predicate)
        var parseType: String?
        for attribute in attributes {
            guard let rdfName = rdfAttributeName(attribute.name) else {
                if isXMLReserved(attribute.name) { continue }
                guard !attribute.name.namespace.isEmpty else {
                    error("the attribute \(attribute.name.local) has no namespace; expected a qualified name such as rdf:about or skos:notation")
                    return
                }
                state.propertyAttributes.append((attribute.name.iri, attribute.value))
                continue
            }
            switch rdfName {
            case "ID":
                guard let iri = idIRI(attribute.value, base: base) else { return }
                state.reificationIRI = iri
            case "datatype": state.datatype = resolve(attribute.value, base)
            case "parseType": parseType = attribute.value
            case "resource", "nodeID":
                guard state.objectAttribute == nil else { return error("a property element takes rdf:resource or rdf:nodeID, not both") }
                if rdfName == "nodeID" {
                    guard Self.isNCName(attribute.value) else { return error("rdf:nodeID=\"\(attribute.value)\" is not an XML name (NCName)") }
                    state.objectAttribute = blankNode(nodeID: attribute.value)
                } else {
                    state.objectAttribute = .iri(resolve(attribute.value, base))
                }
            case "type": state.propertyAttributes.append((rdfType, attribute.value))
            default:
                guard isPropertyAttribute(rdfName) else { return error("rdf:\(rdfName) is not allowed on a property element") }
                state.propertyAttributes.append((Self.rdf + rdfName, attribute.value))
            }
        }
        guard let parseType else {
            properties.append(state)
            text.removeAll(keepingCapacity: true)
            frames.append(RDFXMLFrame(kind: .property, base: base, language: language))
            return
        }
        guard state.objectAttribute == nil, state.propertyAttributes.isEmpty, state.datatype == nil else {
            return error("rdf:parseType cannot be combined with rdf:resource, rdf:nodeID, rdf:datatype or property attributes")
        }
        switch parseType {
        case "Resource":
            let object = newBlankNode()
            emitStatement(subject, predicate, object, reifiedAs: state.reificationIRI)
            frames.append(RDFXMLFrame(kind: .node(subject: object, nextListIndex: 1), base: base, language: language))
        case "Collection":
            collections.append(CollectionState(subject: subject, predicate: predicate, reificationIRI: state.reificationIRI))
            frames.append(RDFXMLFrame(kind: .collection, base: base, language: language))
        default:
            literal = XMLLiteralState(subject: subject, predicate: predicate, reificationIRI: state.reificationIRI)
            frames.append(RDFXMLFrame(kind: .xmlLiteral, base: base, language: language))
        }
    }

    /// Ends a property element that held no node element: an empty property element or a literal.
    func finishProperty(_ state: PropertyState, base: String, language: String?) {
        if state.hasNodeChild {
            guard text.allSatisfy(Self.isXMLSpace) else { return error("a property element holds either text or one node element, not both") }
            return
        }
        if state.mustBeEmpty {
            guard text.allSatisfy(Self.isXMLSpace) else {
                return error("a property element with rdf:resource, rdf:nodeID or property attributes must be empty; it holds text")
            }
            let object = state.objectAttribute ?? newBlankNode()
            emitStatement(state.subject, state.predicate, object, reifiedAs: state.reificationIRI)
            for (predicate, value) in state.propertyAttributes {
                let value: Term = predicate == rdfType
                    ? .iri(resolve(value, base))
                    : .literal(Literal(value, language: language))
                emit(Triple(object, predicate, value))
            }
            return
        }
        let value = String(decoding: text, as: UTF8.self)
        let object = state.datatype.map { Literal(value, datatype: $0) } ?? Literal(value, language: language)
        emitStatement(state.subject, state.predicate, .literal(object), reifiedAs: state.reificationIRI)
    }

    /// Ends a `parseType="Collection"` property element: its node elements become an RDF list.
    func finishCollection(_ state: CollectionState) {
        let nodes = state.items.map { _ in newBlankNode() }
        emitStatement(state.subject, state.predicate, nodes.first ?? .iri(WellKnownIRI.rdfNil), reifiedAs: state.reificationIRI)
        for (index, node) in nodes.enumerated() {
            emit(Triple(node, WellKnownIRI.rdfFirst, state.items[index]))
            emit(Triple(node, WellKnownIRI.rdfRest, index + 1 < nodes.count ? nodes[index + 1] : .iri(WellKnownIRI.rdfNil)))
        }
    }
}
