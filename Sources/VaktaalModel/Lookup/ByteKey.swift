/// A string key that hashes and compares its UTF-8 bytes: folded search words need no Unicode
/// normalisation, and byte hashing is several times faster for non-Latin scripts.
struct ByteKey: Hashable, Sendable {
    let value: String

    init(_ value: String) { self.value = value }

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool { CodePointEquality.equal(lhs.value, rhs.value) }

    func hash(into hasher: inout Hasher) { CodePointEquality.hash(value, into: &hasher) }
}
