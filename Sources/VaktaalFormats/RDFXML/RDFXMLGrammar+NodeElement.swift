import VaktaalModel

extension RDFXMLGrammar {
    /// Handles a node element: finds its subject, emits its type and property attributes, and
    /// opens it for property elements.
    /// - Returns: The subject, or nil after an error.
    func nodeElement(_ name: XMLName, _ attributes: [XMLAttribute], base: ByteRange, language: ByteRange, mark: Int) -> ArenaTerm? {
        guard !name.namespace.isEmpty else {
            error("<\(name.qualified)> has no namespace; node elements need a namespaced name such as rdf:Description or skos:Concept")
            return nil
        }
        if let local = name.rdfLocal, Self.coreSyntaxTerms.contains(local) || Self.oldTerms.contains(local) || local == "li" {
            error("rdf:\(name.local) cannot be used as a node element; expected rdf:Description or a typed node element")
            return nil
        }
        var subject: ArenaTerm?
        nodeAttributes.removeAll(keepingCapacity: true)
        for attribute in attributes {
            guard let rdfName = rdfAttributeName(attribute.name) else {
                if attribute.name.isXMLReserved { continue }
                guard !attribute.name.namespace.isEmpty else {
                    error("the attribute \(attribute.name.local) has no namespace; expected a qualified name such as rdf:about or skos:notation")
                    return nil
                }
                let predicate = arena.append(attribute.name.iriBytes)
                nodeAttributes.append((predicate, .literal(arena.append(attribute.value), language: language, datatype: .empty)))
                continue
            }
            switch rdfName {
            case "about", "ID", "nodeID":
                guard subject == nil else {
                    error("a node element takes only one of rdf:about, rdf:ID and rdf:nodeID")
                    return nil
                }
                guard let found = nodeIdentity(rdfName, attribute.value, base: base) else { return nil }
                subject = found
            case "type":
                let type = ArenaTerm(kind: .iri, value: resolve(attribute.value, against: base))
                nodeAttributes.append((constants.rdfType, .term(type)))
            default:
                guard isPropertyAttribute(rdfName) else {
                    error("rdf:\(rdfName) is not allowed on a node element")
                    return nil
                }
                let predicate = arena.append(attribute.name.iriBytes)
                nodeAttributes.append((predicate, .literal(arena.append(attribute.value), language: language, datatype: .empty)))
            }
        }
        let node = subject ?? newBlankNode()
        frames.append(RDFXMLFrame(kind: .node(subject: node, nextListIndex: 1), base: base, language: language, mark: mark))
        if name.rdfLocal != "Description" {
            let type = arena.append(name.iriBytes)
            emit(node, constants.rdfType, .term(ArenaTerm(kind: .iri, value: type)))
        }
        for (predicate, object) in nodeAttributes { emit(node, predicate, object) }
        return node
    }

    /// The subject named by `rdf:about`, `rdf:ID` or `rdf:nodeID`.
    private func nodeIdentity(_ attribute: String, _ value: UnsafeBufferPointer<UInt8>, base: ByteRange) -> ArenaTerm? {
        switch attribute {
        case "about":
            return ArenaTerm(kind: .iri, value: resolve(value, against: base))
        case "ID":
            return idIRI(value, base: base).map { ArenaTerm(kind: .iri, value: $0) }
        default:
            let label = String(decoding: value, as: UTF8.self)
            guard Self.isNCName(label) else {
                error("rdf:nodeID=\"\(label)\" is not an XML name (NCName)")
                return nil
            }
            return blankNode(nodeID: label)
        }
    }

    /// The local name of an attribute in the RDF namespace, including the unqualified legacy forms.
    func rdfAttributeName(_ name: XMLName) -> String? {
        if let local = name.rdfLocal { return local }
        if name.namespace.isEmpty, ["ID", "about", "resource", "parseType", "type"].contains(name.local) { return name.local }
        return nil
    }

    /// Whether an RDF-namespace name may be a property attribute.
    func isPropertyAttribute(_ local: String) -> Bool {
        !(Self.coreSyntaxTerms.contains(local) || Self.oldTerms.contains(local) || local == "li" || local == "Description")
    }

    static func isNCName(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first,
              first == "_" || first.properties.isAlphabetic else { return false }
        return value.unicodeScalars.dropFirst().allSatisfy { scalar in
            scalar == "_" || scalar == "-" || scalar == "." || scalar.properties.isAlphabetic
                || scalar.properties.numericType != nil || scalar.value == 0xB7
                || scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .spacingMark
        }
    }
}
