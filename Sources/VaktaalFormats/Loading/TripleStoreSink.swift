public import VaktaalModel

/// A sink filling a ``TripleStore`` straight from a streaming reader's bytes.
public final class TripleStoreSink: RDFTripleSink {
    /// The triples received so far.
    @exclusivity(unchecked) public private(set) var store: TripleStore

    /// Creates a sink, with room for about `expectedTriples` when it is known.
    public init(expectedTriples: Int = 0) {
        store = TripleStore()
        if expectedTriples > 0 { store.reserveCapacity(triples: expectedTriples) }
    }

    /// Hands over the store, leaving the sink empty, so that the caller holds the only copy.
    public func takeStore() -> TripleStore {
        defer { store = TripleStore() }
        return store
    }

    public func triple(subject: RDFTermView, predicate: UnsafeBufferPointer<UInt8>, object: RDFTermView) throws {
        store.insert(subject: subject, predicate: predicate, object: object)
    }
}
