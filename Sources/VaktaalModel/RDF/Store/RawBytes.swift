/// Hashing and comparing byte strings, for interning terms: eight bytes at a time, far cheaper
/// than `Hasher` and `String` equality on the short strings RDF is made of. The hash mixes as
/// MurmurHash3 does; it is deterministic and nothing visible depends on it.
package enum RawBytes {
    /// A well-mixed 64-bit hash of the bytes.
    @inline(__always)
    package static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        let count = bytes.count
        var state = seed ^ (UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15)
        guard let base = bytes.baseAddress else { return finish(state) }
        var offset = 0
        while offset + 8 <= count {
            state = mix(state, base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while offset < count {
                tail |= UInt64(base.load(fromByteOffset: offset, as: UInt8.self)) << shift
                shift += 8
                offset += 1
            }
            state = mix(state, tail)
        }
        return finish(state)
    }

    /// Whether the two byte strings are the same.
    @inline(__always)
    package static func equal(_ lhs: UnsafeRawBufferPointer, _ rhs: UnsafeRawBufferPointer) -> Bool {
        let count = lhs.count
        guard count == rhs.count else { return false }
        guard count > 0, let a = lhs.baseAddress, let b = rhs.baseAddress else { return true }
        var offset = 0
        while offset + 8 <= count {
            if a.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != b.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                return false
            }
            offset += 8
        }
        while offset < count {
            if a.load(fromByteOffset: offset, as: UInt8.self) != b.load(fromByteOffset: offset, as: UInt8.self) { return false }
            offset += 1
        }
        return true
    }

    /// Whether `lhs` sorts before `rhs`, byte by byte (a prefix first): the order of
    /// `String.utf8.lexicographicallyPrecedes`.
    @inline(__always)
    package static func precedes(_ lhs: UnsafeRawBufferPointer, _ rhs: UnsafeRawBufferPointer) -> Bool {
        let count = min(lhs.count, rhs.count)
        if count > 0, let a = lhs.baseAddress, let b = rhs.baseAddress {
            var offset = 0
            while offset + 8 <= count {
                let left = a.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                let right = b.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                if left != right { return left.bigEndian < right.bigEndian }
                offset += 8
            }
            while offset < count {
                let left = a.load(fromByteOffset: offset, as: UInt8.self), right = b.load(fromByteOffset: offset, as: UInt8.self)
                if left != right { return left < right }
                offset += 1
            }
        }
        return lhs.count < rhs.count
    }

    @inline(__always)
    private static func mix(_ state: UInt64, _ word: UInt64) -> UInt64 {
        var key = word &* 0x87C3_7B91_1142_53D5
        key = (key << 31) | (key >> 33)
        key = key &* 0x4CF5_AD43_2745_937F
        let mixed = state ^ key
        return ((mixed << 27) | (mixed >> 37)) &* 5 &+ 0x52DC_E729
    }

    /// MurmurHash3's finaliser: every input bit affects every output bit.
    @inline(__always)
    private static func finish(_ state: UInt64) -> UInt64 {
        var value = state
        value ^= value >> 33
        value = value &* 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        value = value &* 0xC4CE_B9FE_1A85_EC53
        value ^= value >> 33
        return value
    }
}
