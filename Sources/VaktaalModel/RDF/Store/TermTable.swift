/// Identifies a term of a ``TermTable``: its position in the order terms were added.
typealias TermID = UInt32

/// RDF terms, stored compactly: each term's UTF-8 text in one shared buffer, named by a dense
/// ``TermID``. Much smaller than a `Term` per use: no heap object per string, and a repeated IRI
/// costs four bytes.
///
/// IRIs, blank nodes and language tags are interned through a hash index: equal ones have one
/// id, so they compare by id. Literals, nearly all distinct, are only matched against the few
/// thousand added last (which catches a SKOS-XL literal form repeating a `skos:prefLabel`): an
/// equal literal may have two ids, so literals compare by content (``same(_:in:_:in:)``).
/// Literals are stored as ``Literal`` normalises them.
struct TermTable: Sendable {
    /// The text of every term, back to back.
    private var text: [UInt8] = []
    /// Where each term's text starts in `text`, and where the last one ends: term `i` is
    /// `text[bounds[i]..<bounds[i + 1]]`.
    private var bounds: [Int] = [0]
    /// Each term's kind (low three bits) and attribute (the rest).
    private var tags: [UInt32] = []
    /// Open-addressing index of the terms other than literals: the high half of a slot holds
    /// hash bits, the low half `id + 1`; zero is empty. Empty after ``dropIndex()``, until a
    /// term is interned again.
    private var slots: [UInt64] = Array(repeating: 0, count: 256)
    /// The number of terms in the index.
    private var indexed = 0
    /// Literals added lately, by hash: a direct-mapped cache small enough to stay in the CPU's;
    /// as in `slots`, hash bits above the id.
    private var recentLiterals = [UInt64](repeating: 0, count: 1 << 13)
    /// At most this share of the slots (in tenths) is used before the index grows.
    private static let maximumLoad = 7

    /// Creates an empty table.
    init() {}

    /// A table of terms read back from a snapshot (``columns``), without an index until a term
    /// is interned. The caller has checked that the columns are consistent.
    init(text: [UInt8], bounds: [Int], tags: [UInt32]) {
        self.text = text
        self.bounds = bounds
        self.tags = tags
        slots = []
        recentLiterals = []
        indexed = tags.reduce(0) { $0 + (TermKind(rawValue: $1 & 7)?.isLiteral == false ? 1 : 0) }
    }

    /// The table's storage, for a snapshot.
    var columns: (text: [UInt8], bounds: [Int], tags: [UInt32]) { (text, bounds, tags) }

    /// The number of terms.
    var count: Int { bounds.count - 1 }

    // MARK: Reading

    /// The kind of a term.
    @inline(__always)
    func kind(_ id: TermID) -> TermKind { TermKind(rawValue: tags[Int(id)] & 7)! }

    /// The language tag or datatype term of a literal; zero for other kinds.
    @inline(__always)
    func attribute(_ id: TermID) -> TermID { tags[Int(id)] >> 3 }

    /// Whether a term is an IRI.
    @inline(__always)
    func isIRI(_ id: TermID) -> Bool { tags[Int(id)] & 7 == TermKind.iri.rawValue }

    /// Whether a term is a literal of any kind.
    @inline(__always)
    func isLiteral(_ id: TermID) -> Bool {
        let kind = tags[Int(id)] & 7
        return kind >= TermKind.simpleLiteral.rawValue && kind <= TermKind.typedLiteral.rawValue
    }

    /// Whether a term is a literal without datatype: one that reads as a ``LangString``.
    @inline(__always)
    func isLangString(_ id: TermID) -> Bool {
        let kind = tags[Int(id)] & 7
        return kind == TermKind.simpleLiteral.rawValue || kind == TermKind.languageLiteral.rawValue
    }

    /// Calls `body` with the text of a term.
    @inline(__always)
    func withBytes<R>(_ id: TermID, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let index = Int(id)
        return try text.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[bounds[index]..<bounds[index + 1]])) }
    }

    /// The text of a term as a new string.
    func string(_ id: TermID) -> String {
        withBytes(id) { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether the text of a term is exactly these bytes.
    func hasText(_ id: TermID, _ bytes: UnsafeRawBufferPointer) -> Bool {
        withBytes(id) { RawBytes.equal($0, bytes) }
    }

    /// Calls `body` with direct access to the table's storage (see ``TermView``).
    func withView<R>(_ body: (TermView) throws -> R) rethrows -> R {
        try text.withUnsafeBytes { text in
            try bounds.withUnsafeBufferPointer { bounds in
                try tags.withUnsafeBufferPointer { tags in try body(TermView(text: text, bounds: bounds, tags: tags)) }
            }
        }
    }

    /// Whether a term of this table and one of another table are the same term.
    static func same(_ lhs: TermID, in left: TermTable, _ rhs: TermID, in right: TermTable) -> Bool {
        let leftTag = left.tags[Int(lhs)], rightTag = right.tags[Int(rhs)]
        guard leftTag & 7 == rightTag & 7 else { return false }
        let equalText = left.withBytes(lhs) { a in right.withBytes(rhs) { b in RawBytes.equal(a, b) } }
        guard equalText else { return false }
        let kind = leftTag & 7
        guard kind == TermKind.languageLiteral.rawValue || kind == TermKind.typedLiteral.rawValue else { return true }
        return same(leftTag >> 3, in: left, rightTag >> 3, in: right)
    }

    // MARK: Interning

    /// Makes room for this many terms, of which this many are not literals, with this much text
    /// in all, so that the index is not rebuilt and the buffers are not copied as they fill up.
    /// Untouched capacity costs address space, not memory; the index, which must be cleared, is
    /// sized for the terms it will hold.
    mutating func reserveCapacity(terms: Int, indexed: Int, textBytes: Int) {
        text.reserveCapacity(textBytes)
        bounds.reserveCapacity(terms + 1)
        tags.reserveCapacity(terms)
        let size = Self.indexSize(for: indexed)
        if size > slots.count { rebuildIndex(size: size) }
    }

    /// The id of a term, adding it when new (for a literal: unless it was added lately).
    mutating func intern(_ bytes: UnsafeRawBufferPointer, kind: TermKind, attribute: TermID = 0) -> TermID {
        precondition(attribute < 1 << 29, "too many terms")
        let tag = kind.rawValue | attribute << 3
        let hash = RawBytes.hash(bytes, seed: UInt64(tag))
        if kind.isLiteral {
            if recentLiterals.isEmpty { recentLiterals = Array(repeating: 0, count: 1 << 13) }
            let slot = Int(truncatingIfNeeded: hash) & (recentLiterals.count - 1)
            let recent = recentLiterals[slot]
            if recent >> 32 == hash >> 32, recent != 0 {
                let id = TermID(truncatingIfNeeded: recent) &- 1
                if tags[Int(id)] == tag, hasText(id, bytes) { return id }
            }
            let id = append(bytes, tag: tag)
            recentLiterals[slot] = (hash >> 32) << 32 | UInt64(id + 1)
            return id
        }
        if slots.isEmpty { rebuildIndex(size: Self.indexSize(for: indexed + 1)) }
        let check = hash >> 32
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry >> 32 == check {
                let id = TermID(truncatingIfNeeded: entry) &- 1
                if tags[Int(id)] == tag, hasText(id, bytes) { return id }
            }
            slot = (slot + 1) & mask
        }
        let id = append(bytes, tag: tag)
        slots[slot] = check << 32 | UInt64(id + 1)
        indexed += 1
        if indexed * 10 > slots.count * Self.maximumLoad { rebuildIndex(size: slots.count * 2) }
        return id
    }

    /// The id of a term other than a literal, or nil when the table does not hold it. Not
    /// after ``dropIndex()``.
    func lookup(_ bytes: UnsafeRawBufferPointer, kind: TermKind, attribute: TermID = 0) -> TermID? {
        precondition(!slots.isEmpty && !kind.isLiteral, "only terms in the index can be looked up")
        let tag = kind.rawValue | attribute << 3
        let hash = RawBytes.hash(bytes, seed: UInt64(tag))
        let check = hash >> 32
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if entry >> 32 == check {
                let id = TermID(truncatingIfNeeded: entry) &- 1
                if tags[Int(id)] == tag, hasText(id, bytes) { return id }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Frees the index while no term is added or looked up by text; interning builds it again.
    mutating func dropIndex() {
        slots = []
        recentLiterals = []
    }

    private mutating func append(_ bytes: UnsafeRawBufferPointer, tag: UInt32) -> TermID {
        precondition(bounds.count < Int(UInt32.max) - 1, "too many terms")
        text.append(contentsOf: bytes)
        bounds.append(text.count)
        tags.append(tag)
        return TermID(bounds.count - 2)
    }

    private static func indexSize(for terms: Int) -> Int {
        var size = 256
        while terms * 10 > size * maximumLoad { size *= 2 }
        return size
    }

    private mutating func rebuildIndex(size: Int) {
        var grown = [UInt64](repeating: 0, count: size)
        let mask = grown.count - 1
        for index in 0..<count where !TermKind(rawValue: tags[index] & 7)!.isLiteral {
            let id = TermID(index)
            let hash = withBytes(id) { RawBytes.hash($0, seed: UInt64(tags[index])) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = (hash >> 32) << 32 | UInt64(id + 1)
        }
        slots = grown
    }
}
