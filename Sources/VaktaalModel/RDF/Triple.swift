/// One RDF statement.
public struct Triple: Hashable, Sendable, Comparable {
    /// The subject: an IRI or a blank node.
    public var subject: Term
    /// The predicate IRI.
    public var predicate: String
    /// The object: any term.
    public var object: Term

    /// Creates a triple.
    public init(_ subject: Term, _ predicate: String, _ object: Term) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    public static func < (lhs: Triple, rhs: Triple) -> Bool {
        if lhs.subject != rhs.subject { return lhs.subject < rhs.subject }
        if lhs.predicate != rhs.predicate { return lhs.predicate.utf8.lexicographicallyPrecedes(rhs.predicate.utf8) }
        return lhs.object < rhs.object
    }
}

extension Triple: CustomStringConvertible {
    /// The triple as one N-Triples line, without the line break.
    public var description: String {
        "\(subject) <\(NTriplesEscaping.escapeIRI(predicate))> \(object) ."
    }
}
