import VaktaalModel

/// Which bytes the N-Triples writer must escape, as one table lookup per byte: inside `<…>`
/// (controls, space and `<>"{}|^`\`) and inside `"…"` (controls, `"`, `\` and DEL).
enum NTriplesByteClass {
    static let iri: UInt8 = 1
    static let string: UInt8 = 2

    /// 256 entries, one per byte value; never freed.
    nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for byte in 0..<256 {
            var flags: UInt8 = 0
            if NTriplesEscaping.needsIRIEscape(UInt8(byte)) { flags |= iri }
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F { flags |= string }
            table[byte] = flags
        }
        return UnsafePointer(table)
    }()

    /// Whether an IRI needs no escaping, checked eight bytes at a time: a byte below 0x21, or one
    /// of `<>"{}|^`\`, shows up as a high bit in one of the word tests below.
    static func isCleanIRI(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            if (word &- ones &* 0x21) & ~word & highs != 0
                || hasZero(word ^ (ones &* 0x3C)) || hasZero(word ^ (ones &* 0x3E)) || hasZero(word ^ (ones &* 0x22))
                || hasZero(word ^ (ones &* 0x7B)) || hasZero(word ^ (ones &* 0x7C)) || hasZero(word ^ (ones &* 0x7D))
                || hasZero(word ^ (ones &* 0x5E)) || hasZero(word ^ (ones &* 0x60)) || hasZero(word ^ (ones &* 0x5C)) {
                return firstIndex(of: iri, in: bytes, from: offset) == bytes.count
            }
            offset += 8
        }
        return firstIndex(of: iri, in: bytes, from: offset) == bytes.count
    }

    /// The index of the first byte having `flag`, or `bytes.count` when there is none.
    @inline(__always)
    static func firstIndex(of flag: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let table = Self.table
        var index = start
        while index < bytes.count, table[Int(base[index])] & flag == 0 { index += 1 }
        return index
    }
}
