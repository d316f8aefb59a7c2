/// A fast hash of short byte strings and of word-number sequences, for the lookup index's own
/// tables. It has no per-process seed: the tables are private to one index, so the randomised
/// seeding of `Hasher` (against crafted keys) buys nothing there and costs a third of a build.
enum ByteHash {
    /// The hash of a byte string.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        var hash = 0x9E37_79B9_7F4A_7C15 &+ UInt64(truncatingIfNeeded: count)
        guard let base = bytes.baseAddress else { return finalize(hash) }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= count {
            hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        if index < count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while index < count {
                tail |= UInt64(base[index]) << shift
                shift += 8
                index += 1
            }
            hash = mix(hash ^ tail)
        }
        return finalize(hash)
    }

    /// The hash of a sequence of word numbers.
    static func hash(_ words: UnsafeBufferPointer<Int32>) -> UInt64 {
        var hash = 0x2545_F491_4F6C_DD1D &+ UInt64(truncatingIfNeeded: words.count)
        for word in words { hash = mix(hash ^ UInt64(UInt32(bitPattern: word))) }
        return finalize(hash)
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value &* 0xBF58_476D_1CE4_E5B9
        return product ^ (product >> 31)
    }

    /// SplitMix64's finaliser: every input bit reaches every output bit.
    @inline(__always)
    private static func finalize(_ value: UInt64) -> UInt64 {
        var value = value
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
