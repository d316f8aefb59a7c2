#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A direct-mapped cache from UTF-8 bytes to the string made from them: a repeated value gets the
/// same string (shared storage) without a new allocation. A colliding value simply replaces the
/// old one.
struct StringCache {
    private var slots: [String]
    private let mask: Int

    /// Creates a cache with `2^bits` slots.
    init(bits: Int = 12) {
        slots = Array(repeating: "", count: 1 << bits)
        mask = (1 << bits) - 1
    }

    /// The string for these bytes, from the cache when it holds them.
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let slot = Self.hash(bytes) & mask
        let hit = slots[slot].utf8.withContiguousStorageIfAvailable { cached in
            cached.count == bytes.count && (bytes.count == 0 || memcmp(cached.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
        if hit == true { return slots[slot] }
        let made = String(decoding: bytes, as: UTF8.self)
        slots[slot] = made
        return made
    }

    /// A hash taking eight bytes at a time.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let start = bytes.baseAddress else { return 0 }
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = UnsafeRawPointer(start + offset).loadUnaligned(as: UInt64.self)
            hash = (hash ^ word) &* 0x100_0000_01B3 &+ (hash >> 29)
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(start[offset])) &* 0x100_0000_01B3
            offset += 1
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
