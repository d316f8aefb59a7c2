import VaktaalModel

extension RDFXMLGrammar {
    /// Resolves an IRI reference against a base in the arena and stores the result there.
    func resolve(_ reference: UnsafeBufferPointer<UInt8>, against base: ByteRange) -> ByteRange {
        if reference.first == UInt8(ascii: "#") {
            let baseBytes = arena.view(base)
            if !baseBytes.contains(UInt8(ascii: "#")), IRIResolver.hasScheme(baseBytes), !IRIResolver.hasDotSegment(baseBytes) {
                let mark = arena.count
                arena.appendCopy(of: base)
                arena.append(reference)
                return arena.range(since: mark)
            }
        } else if IRIResolver.hasScheme(reference), !IRIResolver.hasDotSegment(reference) {
            return arena.append(reference)
        }
        let resolved = IRIResolver.resolve(String(decoding: reference, as: UTF8.self), against: arena.string(base))
        return arena.append(resolved)
    }

    /// Resolves an IRI reference that is itself in the arena.
    func resolve(stored reference: ByteRange, against base: ByteRange) -> ByteRange {
        Array(arena.view(reference)).withUnsafeBufferPointer { resolve($0, against: base) }
    }

    /// A fresh blank node.
    func newBlankNode() -> ArenaTerm {
        blankNodeCount += 1
        return ArenaTerm(kind: .blank, value: appendBlankLabel(blankNodeCount))
    }

    /// The blank node an `rdf:nodeID` names: the same label for the same ID throughout the document.
    func blankNode(nodeID: String) -> ArenaTerm {
        let number: Int
        if let known = nodeIDs[nodeID] {
            number = known
        } else {
            blankNodeCount += 1
            number = blankNodeCount
            nodeIDs[nodeID] = number
        }
        return ArenaTerm(kind: .blank, value: appendBlankLabel(number))
    }

    private func appendBlankLabel(_ number: Int) -> ByteRange {
        let mark = arena.count
        arena.appendByte(UInt8(ascii: "b"))
        var divisor = 1
        while divisor <= number / 10 { divisor *= 10 }
        var rest = number
        while divisor > 0 {
            arena.appendByte(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
        return arena.range(since: mark)
    }

    /// The IRI for `rdf:ID`, checking that it is an NCName and used once per base.
    func idIRI(_ value: UnsafeBufferPointer<UInt8>, base: ByteRange) -> ByteRange? {
        let name = String(decoding: value, as: UTF8.self)
        guard Self.isNCName(name) else {
            error("rdf:ID=\"\(name)\" is not an XML name (NCName)")
            return nil
        }
        let iri = IRIResolver.resolve("#" + name, against: arena.string(base))
        guard usedIDs.insert(iri).inserted else {
            error("rdf:ID=\"\(name)\" is used twice for the same base; rdf:ID values must be unique")
            return nil
        }
        return arena.append(iri)
    }

    // MARK: Emitting

    /// Emits a statement and, when the property element had `rdf:ID`, its reification.
    func emitStatement(_ subject: ArenaTerm, _ predicate: ByteRange, _ object: RDFXMLObject, reifiedAs reification: ByteRange?) {
        emit(subject, predicate, object)
        guard let reification else { return }
        let statement = ArenaTerm(kind: .iri, value: reification)
        emit(statement, constants.rdfType, .term(ArenaTerm(kind: .iri, value: constants.rdfStatement)))
        emit(statement, constants.rdfSubject, .term(subject))
        emit(statement, constants.rdfPredicate, .term(ArenaTerm(kind: .iri, value: predicate)))
        emit(statement, constants.rdfObject, object)
    }

    /// Hands one triple to the sink.
    func emit(_ subject: ArenaTerm, _ predicate: ByteRange, _ object: RDFXMLObject) {
        do {
            try sink.triple(subject: view(subject), predicate: arena.view(predicate), object: view(object))
        } catch {
            guard sinkError == nil else { return }
            sinkError = error
            self.error("the triples could not be passed on: \(error)")
        }
    }

    private func view(_ term: ArenaTerm) -> RDFTermView {
        RDFTermView(term.kind == .iri ? .iri : .blank, arena.view(term.value))
    }

    private func view(_ object: RDFXMLObject) -> RDFTermView {
        switch object {
        case .term(let term):
            return view(term)
        case .literal(let value, let language, let datatype):
            return literalView(arena.view(value), language: language, datatype: datatype)
        case .textLiteral(let language, let datatype):
            return literalView(text.all, language: language, datatype: datatype)
        }
    }

    /// A literal as ``Literal`` normalises it: a datatype wins over a language, and `xsd:string`
    /// and `rdf:langString` are dropped.
    private func literalView(_ value: UnsafeBufferPointer<UInt8>, language: ByteRange, datatype: ByteRange) -> RDFTermView {
        let none = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        if !datatype.isEmpty {
            let implied = arena.equal(datatype, constants.xsdString) || arena.equal(datatype, constants.rdfLangString)
            return RDFTermView(literal: value, language: none, datatype: implied ? none : arena.view(datatype))
        }
        return RDFTermView(literal: value, language: arena.view(language), datatype: none)
    }
}
