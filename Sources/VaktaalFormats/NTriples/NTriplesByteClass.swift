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
