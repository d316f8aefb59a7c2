package import VaktaalModel

/// A sink filling a ``TripleStore`` straight from a streaming reader's bytes.
package final class TripleStoreSink: RDFTripleSink {
    /// The triples received so far.
    @exclusivity(unchecked) public private(set) var store: TripleStore

    /// Creates a sink, with room for about `expectedTriples` when it is known.
    package init(expectedTriples: Int = 0) {
        store = TripleStore()
        if expectedTriples > 0 { store.reserveCapacity(triples: expectedTriples) }
    }

    /// Hands over the store, leaving the sink empty, so that the caller holds the only copy.
    package func takeStore() -> TripleStore {
        defer { store = TripleStore() }
        return store
    }

    /// Adds the triples and prefixes of another store (an ESCO download's) after those received.
    package func append(_ other: TripleStore) {
        store.append(other)
    }

    /// Declares a prefix of the source, as ``TripleStore/declarePrefix(_:_:)`` does.
    package func declarePrefix(_ prefix: String, _ namespace: String) {
        store.declarePrefix(prefix, namespace)
    }

    /// Put before every blank node label when not empty, so that the blank nodes of files loaded
    /// one after another into one store stay apart.
    @exclusivity(unchecked) package var blankNodePrefix: [UInt8] = []

    package func triple(subject: RDFTermView, predicate: UnsafeBufferPointer<UInt8>, object: RDFTermView) throws {
        guard !blankNodePrefix.isEmpty, subject.kind == .blank || object.kind == .blank else {
            store.insert(subject: subject, predicate: predicate, object: object)
            return
        }
        relabeled(subject) { subject in
            relabeled(object) { object in store.insert(subject: subject, predicate: predicate, object: object) }
        }
    }

    /// Calls `body` with the term, its label prefixed when it is a blank node.
    private func relabeled(_ term: RDFTermView, _ body: (RDFTermView) -> Void) {
        guard term.kind == .blank else { return body(term) }
        (blankNodePrefix + Array(term.value)).withUnsafeBufferPointer { body(RDFTermView(.blank, $0)) }
    }
}
