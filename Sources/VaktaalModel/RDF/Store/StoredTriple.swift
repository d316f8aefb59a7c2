/// One triple of a ``TripleStore``, as term ids.
struct StoredTriple: Sendable, Hashable {
    var subject: TermID
    var predicate: TermID
    var object: TermID
}
