/// A direct-mapped cache of recently interned IRIs, blank nodes and language tags, by length and a
/// few bytes (which tell apart, say, `rdf:type` and a label IRI of the same length).
struct RecentTerms: Sendable {
    private var ids = [TermID](repeating: .max, count: 1024)

    @inline(__always)
    private static func slot(_ bytes: UnsafeRawBufferPointer) -> Int {
        let count = bytes.count
        guard count >= 2 else { return count }
        let tail = UInt64(bytes[count - 1]) | UInt64(bytes[count - 2]) << 8 | UInt64(bytes[count / 2]) << 16
        return Int(truncatingIfNeeded: ((tail << 16 | UInt64(count)) &* 0x9E37_79B9_7F4A_7C15) >> 54)
    }

    @inline(__always)
    func find(_ bytes: UnsafeRawBufferPointer, kind: TermKind, in terms: TermTable) -> TermID? {
        let id = ids[Self.slot(bytes)]
        guard id != .max, terms.kind(id) == kind, terms.hasText(id, bytes) else { return nil }
        return id
    }

    @inline(__always)
    mutating func remember(_ id: TermID, for bytes: UnsafeRawBufferPointer) {
        ids[Self.slot(bytes)] = id
    }
}
