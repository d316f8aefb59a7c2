import VaktaalModel

extension RDFXMLGrammar {
    /// Handles a node element: finds its subject, emits its type and property attributes, and
    /// opens it for property elements.
    /// - Returns: The subject, or nil after an error.
    func nodeElement(_ name: XMLName, _ attributes: [XMLAttribute], base: String, language: String?) -> Term? {
        guard !name.namespace.isEmpty else {
            error("<\(name.qualified)> has no namespace; node elements need a namespaced name such as rdf:Description or skos:Concept")
            return nil
        }
        if let local = name.rdfLocal, Self.coreSyntaxTerms.contains(local) || Self.oldTerms.contains(local) || local == "li" {
            error("rdf:\(name.local) cannot be used as a node element; expected rdf:Description or a typed node element")
            return nil
        }
        var subject: Term?
        var properties: [(String, Term)] = []
        for attribute in attributes {
            guard let rdfName = rdfAttributeName(attribute.name) else {
                if isXMLReserved(attribute.name) { continue }
                guard !attribute.name.namespace.isEmpty else {
                    error("the attribute \(attribute.name.local) has no namespace; expected a qualified name such as rdf:about or skos:notation")
                    return nil
                }
                properties.append((attribute.name.iri, .literal(Literal(attribute.value, language: language))))
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
                properties.append((rdfType, .iri(resolve(attribute.value, base))))
            default:
                guard isPropertyAttribute(rdfName) else {
                    error("rdf:\(rdfName) is not allowed on a node element")
                    return nil
                }
                properties.append((Self.rdf + rdfName, .literal(Literal(attribute.value, language: language))))
            }
        }
        let node = subject ?? newBlankNode()
        if name.rdfLocal != "Description" {
            emit(Triple(node, rdfType, .iri(name.iri)))
        }
        for (predicate, object) in properties { emit(Triple(node, predicate, object)) }
        frames.append(RDFXMLFrame(kind: .node(subject: node, nextListIndex: 1), base: base, language: language))
        return node
    }

    /// The subject named by `rdf:about`, `rdf:ID` or `rdf:nodeID`.
    private func nodeIdentity(_ attribute: String, _ value: String, base: String) -> Term? {
        switch attribute {
        case "about":
            return .iri(resolve(value, base))
        case "ID":
            return idIRI(value, base: base).map(Term.iri)
        default:
            guard Self.isNCName(value) else {
                error("rdf:nodeID=\"\(value)\" is not an XML name (NCName)")
                return nil
            }
            return blankNode(nodeID: value)
        }
    }

    /// The IRI for `rdf:ID`, checking that it is an NCName and used once per base.
    func idIRI(_ value: String, base: String) -> String? {
        guard Self.isNCName(value) else {
            error("rdf:ID=\"\(value)\" is not an XML name (NCName)")
            return nil
        }
        let iri = IRIResolver.resolve("#" + value, against: base)
        guard usedIDs.insert(iri).inserted else {
            error("rdf:ID=\"\(value)\" is used twice for the same base; rdf:ID values must be unique")
            return nil
        }
        return iri
    }

    /// The local name of an attribute in the RDF namespace, including the unqualified legacy forms.
    func rdfAttributeName(_ name: XMLName) -> String? {
        if let local = name.rdfLocal { return local }
        if name.namespace.isEmpty, ["ID", "about", "resource", "parseType", "type"].contains(name.local) { return name.local }
        return nil
    }

    /// Whether an attribute name is reserved by XML (`xml:lang`, `xml:base`, and anything whose
    /// name starts with `xml`), and so is no RDF property.
    func isXMLReserved(_ name: XMLName) -> Bool { name.isXMLReserved }

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
