/// How each non-ASCII scalar of a range folds, computed once from ``TextNormalizer/fold(_:)``:
/// to bytes (none for a combining mark) or to a word break. Folding then costs a table read per
/// scalar instead of a property lookup and a String per scalar.
struct ScalarFoldingTable: Sendable {
    /// Latin, Greek, Cyrillic and the other two-byte scalars (U+0080–U+07FF), built on first use.
    static let twoByte = ScalarFoldingTable(0x80..<0x800, sourceLength: 2)
    /// The rest of the Basic Multilingual Plane (U+0800–U+FFFF), built on first use (about 8 ms).
    static let threeByte = ScalarFoldingTable(0x800..<0x1_0000, sourceLength: 3)

    /// The marker of a scalar that breaks words.
    private static let breaksWord: UInt32 = 0xFF
    private let first: UInt32
    /// Per scalar from `first`: offset into `bytes` << 8 | length, or `breaksWord`.
    private let spans: [UInt32]
    private let bytes: [UInt8]

    private init(_ range: Range<UInt32>, sourceLength: Int) {
        first = range.lowerBound
        var spans: [UInt32] = []
        var bytes: [UInt8] = []
        spans.reserveCapacity(range.count)
        for value in range {
            // Surrogate code points are no scalars and never occur in a String.
            switch ScalarFolding(Unicode.Scalar(value).flatMap(TextNormalizer.fold), sourceLength: sourceLength) {
            case .breaksWord:
                spans.append(Self.breaksWord)
            case .bytes(let folded):
                spans.append(UInt32(bytes.count) << 8 | UInt32(folded.count))
                bytes.append(contentsOf: folded)
            }
        }
        self.spans = spans
        self.bytes = bytes
    }

    /// The folding of a scalar in the table's range.
    @inline(__always)
    func folding(of value: UInt32) -> ScalarFolding {
        let span = spans[Int(value &- first)]
        if span == Self.breaksWord { return .breaksWord }
        let start = Int(span >> 8)
        return .bytes(bytes[start..<(start + Int(span & 0xFF))])
    }
}
