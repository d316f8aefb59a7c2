import VaktaalModel

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
        let slot = Int(truncatingIfNeeded: RawBytes.hash(UnsafeRawBufferPointer(bytes), seed: 0)) & mask
        let hit = slots[slot].utf8.withContiguousStorageIfAvailable { cached in
            RawBytes.equal(UnsafeRawBufferPointer(cached), UnsafeRawBufferPointer(bytes))
        }
        if hit == true { return slots[slot] }
        let made = String(decoding: bytes, as: UTF8.self)
        slots[slot] = made
        return made
    }
}
