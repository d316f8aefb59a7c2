import VaktaalModel

extension TurtleParser {
    /// `triples ::= subject predicateObjectList | blankNodePropertyList predicateObjectList?`
    mutating func triples() throws {
        if lexer.current == UInt8(ascii: "["), !atAnonymousBlankNode() {
            let subject = try blankNodePropertyList()
            lexer.skipWhitespace()
            if lexer.current != UInt8(ascii: ".") { try predicateObjectList(subject) }
            return
        }
        let subject = try self.subject()
        try predicateObjectList(subject)
    }

    /// `subject ::= iri | BlankNode | collection`
    private mutating func subject() throws -> Term {
        switch lexer.current {
        case UInt8(ascii: "<"): return .iri(try iri())
        case UInt8(ascii: "_"): return blankNode(labelled: try lexer.readBlankNodeLabel())
        case UInt8(ascii: "["):
            try skipAnonymousBlankNode()
            return freshBlankNode()
        case UInt8(ascii: "("): return try collection()
        default:
            guard lexer.atPrefixedName else {
                throw lexer.error("expected a subject: an IRI, a prefixed name, a blank node or a collection")
            }
            return .iri(try iri())
        }
    }

    /// `predicateObjectList ::= verb objectList (';' (verb objectList)?)*`
    private mutating func predicateObjectList(_ subject: Term) throws {
        lexer.skipWhitespace()
        try objectList(subject, try verb())
        while true {
            lexer.skipWhitespace()
            guard lexer.current == UInt8(ascii: ";") else { return }
            lexer.position += 1
            lexer.skipWhitespace()
            switch lexer.current {
            case UInt8(ascii: ";"): continue
            case UInt8(ascii: "."), UInt8(ascii: "]"), nil: return
            default: try objectList(subject, try verb())
            }
        }
    }

    /// `verb ::= predicate | 'a'`
    private mutating func verb() throws -> String {
        if lexer.atKeyword("a") {
            lexer.position += 1
            return Namespace.rdf + "type"
        }
        guard lexer.current == UInt8(ascii: "<") || lexer.atPrefixedName else {
            throw lexer.error("expected a predicate: an IRI, a prefixed name or 'a'")
        }
        return try iri()
    }

    /// `objectList ::= object (',' object)*`
    private mutating func objectList(_ subject: Term, _ predicate: String) throws {
        while true {
            lexer.skipWhitespace()
            emit(subject, predicate, try object())
            lexer.skipWhitespace()
            guard lexer.current == UInt8(ascii: ",") else { return }
            lexer.position += 1
        }
    }

    /// `object ::= iri | BlankNode | collection | blankNodePropertyList | literal`
    private mutating func object() throws -> Term {
        switch lexer.current {
        case UInt8(ascii: "<"): return .iri(try iri())
        case UInt8(ascii: "_"): return blankNode(labelled: try lexer.readBlankNodeLabel())
        case UInt8(ascii: "["):
            guard atAnonymousBlankNode() else { return try blankNodePropertyList() }
            try skipAnonymousBlankNode()
            return freshBlankNode()
        case UInt8(ascii: "("): return try collection()
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return .literal(try rdfLiteral())
        default: break
        }
        if lexer.atNumber { return .literal(try lexer.readNumber()) }
        for word in ["true", "false"] where lexer.atKeyword(word) {
            lexer.position += word.utf8.count
            return .literal(Literal(word, datatype: Namespace.xsd + "boolean"))
        }
        guard lexer.atPrefixedName else {
            throw lexer.error(lexer.current == nil ? "unexpected end of input; expected an object"
                : "expected an object: an IRI, a prefixed name, a blank node, a collection or a literal")
        }
        return .iri(try iri())
    }

    /// `RDFLiteral ::= String (LANGTAG | '^^' iri)?`
    private mutating func rdfLiteral() throws -> Literal {
        let value = try lexer.readString()
        lexer.skipWhitespace()
        if lexer.current == UInt8(ascii: "@") {
            return Literal(value, language: try lexer.readLanguageTag())
        }
        guard lexer.current == UInt8(ascii: "^") else { return Literal(value) }
        guard lexer.byte(at: lexer.position + 1) == UInt8(ascii: "^") else { throw lexer.error("expected '^^' before the datatype") }
        lexer.position += 2
        lexer.skipWhitespace()
        guard lexer.current == UInt8(ascii: "<") || lexer.atPrefixedName else {
            throw lexer.error("expected a datatype IRI after '^^'")
        }
        return Literal(value, datatype: try iri())
    }

    /// `iri ::= IRIREF | PrefixedName`
    private mutating func iri() throws -> String {
        if lexer.current == UInt8(ascii: "<") { return resolve(try lexer.readIRIReference()) }
        let start = lexer.position
        let prefix = try lexer.readPrefix()
        guard let namespace = namespaces[prefix] else {
            throw lexer.error("undefined prefix '\(prefix):'; declare it with @prefix or PREFIX", at: start)
        }
        return namespace + (try lexer.readLocalName())
    }

    /// `blankNodePropertyList ::= '[' predicateObjectList ']'`
    private mutating func blankNodePropertyList() throws -> Term {
        try enterNesting()
        defer { depth -= 1 }
        lexer.position += 1
        let node = freshBlankNode()
        try predicateObjectList(node)
        lexer.skipWhitespace()
        guard lexer.current == UInt8(ascii: "]") else { throw lexer.error("expected ']' to close the blank node, ';' or ','") }
        lexer.position += 1
        return node
    }

    /// `collection ::= '(' object* ')'`: a chain of `rdf:first`/`rdf:rest` nodes ending in `rdf:nil`.
    private mutating func collection() throws -> Term {
        try enterNesting()
        defer { depth -= 1 }
        lexer.position += 1
        var items: [Term] = []
        while true {
            lexer.skipWhitespace()
            if lexer.current == UInt8(ascii: ")") { break }
            guard lexer.current != nil else { throw lexer.error("unexpected end of input; expected ')' to close the collection") }
            items.append(try object())
        }
        lexer.position += 1
        var list = Term.iri(Namespace.rdf + "nil")
        let nodes = items.map { _ in freshBlankNode() }
        for (node, item) in zip(nodes, items).reversed() {
            emit(node, Namespace.rdf + "first", item)
            emit(node, Namespace.rdf + "rest", list)
            list = node
        }
        return list
    }

    private mutating func enterNesting() throws {
        guard depth < Self.maximumDepth else {
            throw lexer.error("'[' and '(' nested more than \(Self.maximumDepth) deep")
        }
        depth += 1
    }

    /// Whether the input is at `'[' WS* ']'` (an anonymous blank node).
    private func atAnonymousBlankNode() -> Bool {
        var probe = lexer
        probe.position += 1
        probe.skipWhitespace()
        return probe.current == UInt8(ascii: "]")
    }

    private mutating func skipAnonymousBlankNode() throws {
        lexer.position += 1
        lexer.skipWhitespace()
        guard lexer.current == UInt8(ascii: "]") else { throw lexer.error("expected ']'") }
        lexer.position += 1
    }
}
