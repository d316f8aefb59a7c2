/// Makes model values from the terms of a ``TermTable``: ``TermStrings`` shares one string per
/// term across every value it makes; ``FreshTerms`` makes new strings and keeps nothing.
protocol TermReader {
    /// The text of a term.
    mutating func string(_ id: TermID) -> String
    /// The table read.
    var table: TermTable { get }
}

extension TermReader {
    /// A term as a `Term`.
    mutating func term(_ id: TermID) -> Term {
        switch table.kind(id) {
        case .iri, .languageTag: .iri(string(id))
        case .blank: .blank(string(id))
        case .simpleLiteral, .languageLiteral, .typedLiteral: .literal(literal(id))
        }
    }

    /// A literal term as a `Literal`, fields as interned.
    mutating func literal(_ id: TermID) -> Literal {
        var literal = Literal(string(id))
        switch table.kind(id) {
        case .languageLiteral: literal.language = string(table.attribute(id))
        case .typedLiteral: literal.datatype = string(table.attribute(id))
        default: break
        }
        return literal
    }

    /// A literal without datatype as a `LangString`, fields as interned.
    mutating func langString(_ id: TermID) -> LangString {
        var value = LangString(string(id))
        if table.kind(id) == .languageLiteral { value.language = string(table.attribute(id)) }
        return value
    }
}
