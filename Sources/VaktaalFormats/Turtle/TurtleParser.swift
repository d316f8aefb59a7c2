import VaktaalModel

/// A recursive-descent parser for Turtle 1.1: one method per grammar production. This file holds
/// the document level (statements and directives); triples are in `TurtleParser+Triples.swift`.
struct TurtleParser {
    var lexer: TurtleLexer
    /// The current base IRI, changed by `@base` and `BASE`.
    var base: String
    /// Declared prefixes, the latest declaration of each.
    var namespaces: [String: String] = [:]
    /// Prefixes in the order they were first declared.
    var prefixOrder: [String] = []
    /// The blank node labels of the document, mapped to the labels in the graph.
    var blankNodes: [String: String] = [:]
    var blankNodeCount = 0
    /// How deeply `[ … ]` and `( … )` are nested right now.
    var depth = 0
    var graph = Graph()

    static let maximumDepth = 500

    init(_ bytes: UnsafeBufferPointer<UInt8>, file: String, base: String) {
        lexer = TurtleLexer(bytes, file: file)
        self.base = base
    }

    /// Parses the whole document.
    mutating func parseDocument() throws -> Graph {
        while true {
            lexer.skipWhitespace()
            guard lexer.current != nil else { break }
            try statement()
        }
        graph.prefixes = prefixOrder.map { ($0, namespaces[$0]!) }
        return graph
    }

    /// `statement ::= directive | triples '.'`
    private mutating func statement() throws {
        if lexer.current == UInt8(ascii: "@") {
            try atDirective()
        } else if lexer.atKeyword("PREFIX", caseInsensitive: true) {
            lexer.position += 6
            try prefixDeclaration()
        } else if lexer.atKeyword("BASE", caseInsensitive: true) {
            lexer.position += 4
            try baseDeclaration()
        } else {
            try triples()
            try expectStatementEnd()
        }
    }

    /// `@prefix PNAME_NS IRIREF '.'` or `@base IRIREF '.'`.
    private mutating func atDirective() throws {
        if lexer.atKeyword("@prefix") {
            lexer.position += 7
            try prefixDeclaration()
        } else if lexer.atKeyword("@base") {
            lexer.position += 5
            try baseDeclaration()
        } else {
            throw lexer.error("expected @prefix or @base")
        }
        lexer.skipWhitespace()
        guard lexer.current == UInt8(ascii: ".") else { throw lexer.error("expected '.' after the directive") }
        lexer.position += 1
    }

    private mutating func prefixDeclaration() throws {
        lexer.skipWhitespace()
        let prefix = try lexer.readPrefix()
        lexer.skipWhitespace()
        guard lexer.current == UInt8(ascii: "<") else { throw lexer.error("expected the namespace IRI in <…>") }
        let namespace = resolve(try lexer.readIRIReference())
        if namespaces.updateValue(namespace, forKey: prefix) == nil { prefixOrder.append(prefix) }
    }

    private mutating func baseDeclaration() throws {
        lexer.skipWhitespace()
        guard lexer.current == UInt8(ascii: "<") else { throw lexer.error("expected the base IRI in <…>") }
        base = resolve(try lexer.readIRIReference())
    }

    private mutating func expectStatementEnd() throws {
        lexer.skipWhitespace()
        guard lexer.current == UInt8(ascii: ".") else {
            throw lexer.error(lexer.current == nil ? "unexpected end of input; expected '.' to end the statement"
                                                   : "expected '.' to end the statement, ';' or ','")
        }
        lexer.position += 1
    }

    /// Resolves an IRI reference against the current base.
    func resolve(_ reference: String) -> String {
        IRIResolver.isAbsolute(reference) ? reference : IRIResolver.resolve(reference, against: base)
    }

    /// The graph's label for the document's `_:label`.
    mutating func blankNode(labelled label: String) -> Term {
        if let existing = blankNodes[label] { return .blank(existing) }
        let fresh = freshLabel()
        blankNodes[label] = fresh
        return .blank(fresh)
    }

    /// A new blank node, distinct from every other in the document.
    mutating func freshBlankNode() -> Term { .blank(freshLabel()) }

    private mutating func freshLabel() -> String {
        blankNodeCount += 1
        return "b\(blankNodeCount)"
    }

    mutating func emit(_ subject: Term, _ predicate: String, _ object: Term) {
        graph.insert(Triple(subject, predicate, object))
    }
}
