extension TripleStore {
    /// Calls `body` with each distinct triple once, in the order `Triple`'s `<` sorts them
    /// (subject, predicate, object; IRIs before blank nodes before literals, text by its UTF-8
    /// bytes), as borrowed bytes valid only during the call: what a sorted N-Triples file needs,
    /// without a `Triple` or string made.
    /// - Throws: What `body` throws.
    package func forEachSortedDistinct(_ body: (RDFTermView, UnsafeBufferPointer<UInt8>, RDFTermView) throws -> Void) rethrows {
        try terms.withView { view in
            let order = StoreOrder(view)
            var sorted = triples.map { SortKey(order, $0) }
            sorted.sort { order.precedes($0, $1) }
            var previous: SortKey?
            for key in sorted {
                if let previous, order.same(previous, key) { continue }
                previous = key
                let object = order.termView(key.object)
                try body(order.termView(key.subject), order.text(key.predicate), object)
            }
        }
    }
}

/// A triple of a ``TripleStore`` with the ranks it sorts by: subject and predicate in one word.
private struct SortKey {
    /// The subject's rank in the high half, the predicate's in the low half.
    let nodes: UInt64
    /// The object's rank when it is an IRI or blank node; above every rank when a literal.
    let objectRank: UInt32
    let subject: TermID
    let predicate: TermID
    let object: TermID

    init(_ order: StoreOrder, _ triple: StoredTriple) {
        nodes = UInt64(order.ranks[Int(triple.subject)]) << 32 | UInt64(order.ranks[Int(triple.predicate)])
        objectRank = order.ranks[Int(triple.object)]
        subject = triple.subject
        predicate = triple.predicate
        object = triple.object
    }
}

/// The order of the terms of a table: IRIs and blank nodes (each held once) ranked by kind and
/// text, literals compared by their text, then language tag, then datatype.
private struct StoreOrder {
    let view: TermView
    /// Each IRI's and blank node's place in the order; for literals, a rank above them all.
    let ranks: [UInt32]

    init(_ view: TermView) {
        self.view = view
        var nodes: [TermID] = []
        for index in 0..<view.tags.count where view.tags[index] & 7 <= TermKind.blank.rawValue { nodes.append(TermID(index)) }
        nodes.sort { a, b in
            let kindA = view.tags[Int(a)] & 7, kindB = view.tags[Int(b)] & 7
            return kindA != kindB ? kindA < kindB : RawBytes.precedes(view.bytes(a), view.bytes(b))
        }
        var ranks = [UInt32](repeating: UInt32(nodes.count), count: view.tags.count)
        for (rank, id) in nodes.enumerated() { ranks[Int(id)] = UInt32(rank) }
        self.ranks = ranks
    }

    /// Whether triple `a` sorts before triple `b`.
    @inline(__always)
    func precedes(_ a: SortKey, _ b: SortKey) -> Bool {
        if a.nodes != b.nodes { return a.nodes < b.nodes }
        if a.objectRank != b.objectRank { return a.objectRank < b.objectRank }
        return literalPrecedes(a, b)
    }

    /// Whether two keys with the same subject, predicate and object rank differ by their literal
    /// object, and `a`'s comes first.
    @inline(__always)
    private func literalPrecedes(_ a: SortKey, _ b: SortKey) -> Bool {
        guard a.object != b.object, view.tags[Int(a.object)] & 7 >= TermKind.simpleLiteral.rawValue else { return false }
        let left = view.bytes(a.object), right = view.bytes(b.object)
        if !RawBytes.equal(left, right) { return RawBytes.precedes(left, right) }
        let languageA = attribute(a.object, .languageLiteral), languageB = attribute(b.object, .languageLiteral)
        if !RawBytes.equal(languageA, languageB) { return RawBytes.precedes(languageA, languageB) }
        return RawBytes.precedes(attribute(a.object, .typedLiteral), attribute(b.object, .typedLiteral))
    }

    /// Whether two keys are the same triple.
    @inline(__always)
    func same(_ a: SortKey, _ b: SortKey) -> Bool {
        a.nodes == b.nodes && (a.object == b.object || TermView.same(a.object, in: view, b.object, in: view))
    }

    /// The text of a literal's language tag (for `kind` ``TermKind/languageLiteral``) or
    /// datatype (for ``TermKind/typedLiteral``); empty when the literal is of another kind.
    @inline(__always)
    private func attribute(_ id: TermID, _ kind: TermKind) -> UnsafeRawBufferPointer {
        let tag = view.tags[Int(id)]
        return tag & 7 == kind.rawValue ? view.bytes(tag >> 3) : UnsafeRawBufferPointer(start: nil, count: 0)
    }

    /// The text of a term as bytes.
    @inline(__always)
    func text(_ id: TermID) -> UnsafeBufferPointer<UInt8> {
        view.bytes(id).assumingMemoryBound(to: UInt8.self)
    }

    /// A term as a streaming reader hands it out.
    func termView(_ id: TermID) -> RDFTermView {
        switch TermKind(rawValue: view.tags[Int(id)] & 7)! {
        case .iri, .languageTag: RDFTermView(.iri, text(id))
        case .blank: RDFTermView(.blank, text(id))
        case .simpleLiteral, .languageLiteral, .typedLiteral:
            RDFTermView(literal: text(id), language: attribute(id, .languageLiteral).assumingMemoryBound(to: UInt8.self),
                        datatype: attribute(id, .typedLiteral).assumingMemoryBound(to: UInt8.self))
        }
    }
}
