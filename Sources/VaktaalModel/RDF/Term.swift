/// An RDF term: an IRI, a blank node or a literal.
public enum Term: Hashable, Sendable, Comparable {
    /// An absolute IRI.
    case iri(String)
    /// A blank node, identified by a label that is only meaningful inside one graph.
    case blank(String)
    /// A literal value.
    case literal(Literal)

    /// The IRI, when this term is one.
    public var iriValue: String? {
        if case .iri(let value) = self { return value }
        return nil
    }

    /// The literal, when this term is one.
    public var literalValue: Literal? {
        if case .literal(let value) = self { return value }
        return nil
    }

    /// Whether this term is a blank node.
    public var isBlank: Bool {
        if case .blank = self { return true }
        return false
    }

    private var rank: Int {
        switch self {
        case .iri: 0
        case .blank: 1
        case .literal: 2
        }
    }

    public static func < (lhs: Term, rhs: Term) -> Bool {
        switch (lhs, rhs) {
        case (.iri(let a), .iri(let b)), (.blank(let a), .blank(let b)):
            return a.utf8.lexicographicallyPrecedes(b.utf8)
        case (.literal(let a), .literal(let b)):
            return a < b
        default:
            return lhs.rank < rhs.rank
        }
    }
}

extension Term: CustomStringConvertible {
    /// The term in N-Triples syntax.
    public var description: String {
        switch self {
        case .iri(let value): "<\(value)>"
        case .blank(let label): "_:\(label)"
        case .literal(let literal): literal.description
        }
    }
}
