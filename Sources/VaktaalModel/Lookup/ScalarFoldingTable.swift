/// How each non-ASCII scalar of a range folds, computed once from ``TextNormalizer/fold(_:)``:
/// to bytes (none for a combining mark) or to a word break. Folding then costs a table read per
/// scalar instead of a property lookup and a String per scalar.
struct ScalarFoldingTable: Sendable {
    /// Latin, Greek, Cyrillic and the other two-byte scalars (U+0080–U+07FF), built on first use.
    static let twoByte = ScalarFoldingTable(0x80..<0x800)
    /// The rest of the Basic Multilingual Plane (U+0800–U+FFFF), built on first use (about 8 ms).
    static let threeByte = ScalarFoldingTable(0x800..<0x1_0000)

    /// The marker of a scalar that breaks words.
    private static let breaksWord: UInt32 = 0xFF
    private let first: UInt32
    /// Per scalar from `first`: offset into `bytes` << 8 | length, or `breaksWord`.
    private let spans: [UInt32]
    private let bytes: [UInt8]

    private init(_ range: Range<UInt32>) {
        first = range.lowerBound
        var spans: [UInt32] = []
        var bytes: [UInt8] = []
        spans.reserveCapacity(range.count)
        for value in range {
            guard let scalar = Unicode.Scalar(value), let folded = TextNormalizer.fold(scalar) else {
                spans.append(Self.breaksWord)
                continue
            }
            let start = bytes.count
            bytes.append(contentsOf: folded.utf8)
            precondition(bytes.count - start < Self.breaksWord)
            spans.append(UInt32(start) << 8 | UInt32(bytes.count - start))
        }
        self.spans = spans
        self.bytes = bytes
    }

    /// Appends the folding of a scalar in the table's range to `output`; false when it breaks words.
    @inline(__always)
    func append(_ value: UInt32, to output: inout [UInt8]) -> Bool {
        let span = spans[Int(value &- first)]
        if span == Self.breaksWord { return false }
        let start = Int(span >> 8)
        output.append(contentsOf: bytes[start..<(start + Int(span & 0xFF))])
        return true
    }
}
