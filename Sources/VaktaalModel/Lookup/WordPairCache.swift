/// Remembers a small number per pair of word numbers, in an open-addressing table: fuzzy scoring
/// asks the same question of the same two label words for thousands of candidates, and a
/// Dictionary's seeded hashing would cost more than the answer.
struct WordPairCache {
    /// Word numbers are below 2³¹, so no pair's key has the top bit set.
    private static let free = UInt64.max
    private var keys: [UInt64]
    private var values: [Int8]
    private var count = 0

    init() {
        keys = Array(repeating: Self.free, count: 64)
        values = Array(repeating: 0, count: 64)
    }

    /// The value stored for a pair, if any.
    @inline(__always)
    func value(_ left: Int32, _ right: Int32) -> Int8? {
        let key = Self.key(left, right)
        let mask = keys.count - 1
        var slot = Self.slot(key, mask)
        while keys[slot] != Self.free {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Stores a value for a pair.
    mutating func store(_ value: Int8, _ left: Int32, _ right: Int32) {
        if 2 * (count + 1) > keys.count { grow() }
        insert(Self.key(left, right), value)
    }

    private mutating func insert(_ key: UInt64, _ value: Int8) {
        let mask = keys.count - 1
        var slot = Self.slot(key, mask)
        while keys[slot] != Self.free && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == Self.free { count += 1 }
        keys[slot] = key
        values[slot] = value
    }

    private mutating func grow() {
        let stored = zip(keys, values).filter { $0.0 != Self.free }
        keys = Array(repeating: Self.free, count: 2 * keys.count)
        values = Array(repeating: 0, count: keys.count)
        count = 0
        for (key, value) in stored { insert(key, value) }
    }

    @inline(__always)
    private static func key(_ left: Int32, _ right: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: left)) << 32 | UInt64(UInt32(bitPattern: right))
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }
}
