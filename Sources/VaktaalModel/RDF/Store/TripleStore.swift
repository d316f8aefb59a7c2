/// Triples as they arrive from a parser, stored compactly for building a ``CompactVocabulary``:
/// the text of every IRI once, of every literal once (or twice, when it repeats far apart), and
/// every triple as three 4-byte term ids. A few hundred bytes of `Triple` and strings per
/// statement become twelve, plus the text of the terms that are new.
///
/// Unlike ``Graph``, the store keeps repeated triples; whatever reads it treats them as one.
public struct TripleStore: Sendable {
    /// The terms.
    var terms = TermTable()
    /// The triples, in the order they were added.
    private(set) var triples: [StoredTriple] = []
    /// Prefixes declared by the source, in declaration order.
    public private(set) var prefixes: [(prefix: String, namespace: String)] = []
    /// IRIs, blank nodes and language tags met lately: most triples repeat the subject, predicate or
    /// class of one shortly before, and comparing bytes is cheaper than hashing them.
    private var recent = RecentTerms()

    /// Creates an empty store.
    public init() {}

    /// Creates a store holding the triples and prefixes of a graph.
    public init(_ graph: Graph) {
        triples.reserveCapacity(graph.count)
        for triple in graph.triples { insert(triple) }
        for (prefix, namespace) in graph.prefixes { declarePrefix(prefix, namespace) }
    }

    /// Makes room for about this many triples, so that nothing is copied or rehashed as the store
    /// fills up; a hint (a loader can guess it from the size of a file), not a limit.
    public mutating func reserveCapacity(triples count: Int) {
        triples.reserveCapacity(count)
        terms.reserveCapacity(terms: count * 2 / 3, indexed: count / 4, textBytes: count * 24)
    }

    /// The number of triples added, repeats included.
    public var count: Int { triples.count }

    /// Adds a triple.
    public mutating func insert(_ triple: Triple) {
        triple.withViews { insert(subject: $0, predicate: $1, object: $2) }
    }

    /// Adds a triple handed out as bytes by a streaming reader, without making its strings.
    package mutating func insert(subject: RDFTermView, predicate: UnsafeBufferPointer<UInt8>, object: RDFTermView) {
        let subjectID = intern(UnsafeRawBufferPointer(subject.value), kind: subject.kind == .blank ? .blank : .iri)
        let predicateID = intern(UnsafeRawBufferPointer(predicate), kind: .iri)
        let objectID: TermID
        switch object.kind {
        case .iri: objectID = intern(UnsafeRawBufferPointer(object.value), kind: .iri)
        case .blank: objectID = intern(UnsafeRawBufferPointer(object.value), kind: .blank)
        case .literal:
            let lexicalForm = UnsafeRawBufferPointer(object.value)
            if !object.language.isEmpty {
                let tag = intern(UnsafeRawBufferPointer(object.language), kind: .languageTag)
                objectID = terms.intern(lexicalForm, kind: .languageLiteral, attribute: tag)
            } else if !object.datatype.isEmpty {
                let datatype = intern(UnsafeRawBufferPointer(object.datatype), kind: .iri)
                objectID = terms.intern(lexicalForm, kind: .typedLiteral, attribute: datatype)
            } else {
                objectID = terms.intern(lexicalForm, kind: .simpleLiteral)
            }
        }
        triples.append(StoredTriple(subject: subjectID, predicate: predicateID, object: objectID))
    }

    /// Adds the triples of another store after this one's, in their order, the other's terms
    /// interned into this store's table; the other's prefixes are declared after this one's.
    package mutating func append(_ other: TripleStore) {
        var ids: [TermID] = []
        ids.reserveCapacity(other.terms.count)
        other.terms.withView { view in
            for index in 0..<view.tags.count {
                let tag = view.tags[index]
                let kind = TermKind(rawValue: tag & 7)!
                let hasAttribute = kind == .languageLiteral || kind == .typedLiteral
                ids.append(terms.intern(view.bytes(TermID(index)), kind: kind, attribute: hasAttribute ? ids[Int(tag >> 3)] : 0))
            }
        }
        triples.reserveCapacity(triples.count + other.triples.count)
        for triple in other.triples {
            triples.append(StoredTriple(subject: ids[Int(triple.subject)], predicate: ids[Int(triple.predicate)], object: ids[Int(triple.object)]))
        }
        for (prefix, namespace) in other.prefixes { declarePrefix(prefix, namespace) }
    }

    /// Adds a prefix declaration unless the prefix is already declared.
    public mutating func declarePrefix(_ prefix: String, _ namespace: String) {
        guard !prefixes.contains(where: { $0.prefix == prefix }) else { return }
        prefixes.append((prefix, namespace))
    }

    /// Hands over the terms and triples, leaving the store empty, so that whoever reads them
    /// holds the only reference and can change the terms without copying them.
    mutating func takeContents() -> (terms: TermTable, triples: [StoredTriple]) {
        defer { self = TripleStore() }
        return (terms, triples)
    }

    private mutating func intern(_ bytes: UnsafeRawBufferPointer, kind: TermKind) -> TermID {
        if let known = recent.find(bytes, kind: kind, in: terms) { return known }
        let id = terms.intern(bytes, kind: kind)
        recent.remember(id, for: bytes)
        return id
    }
}
