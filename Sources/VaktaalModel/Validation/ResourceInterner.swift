/// Numbers strings densely with an open-addressing hash table: faster than a `Dictionary` for
/// the hundreds of thousands of IRIs of a large vocabulary, because it hashes the UTF-8 bytes
/// once (with ``RawBytes``) and compares stored strings only when the stored hash matches.
struct ResourceInterner: Sendable {
    /// The strings, by number.
    private(set) var keys: [String] = []
    private var hashes: [UInt64] = []
    /// Number + 1 of the string in each slot; 0 for an empty slot.
    private var slots: [Int32] = [Int32](repeating: 0, count: 1 << 10)

    /// The number of a string, if it has one.
    func number(of key: String) -> Int32? {
        let hash = Self.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let id = Int(slots[slot] - 1)
            if hashes[id] == hash, keys[id] == key { return Int32(id) }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// The number of a string, and whether it was new.
    mutating func intern(_ key: String) -> (id: Int32, isNew: Bool) {
        let hash = Self.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let id = Int(slots[slot] - 1)
            if hashes[id] == hash, keys[id] == key { return (Int32(id), false) }
            slot = (slot + 1) & (slots.count - 1)
        }
        let id = Int32(keys.count)
        keys.append(key)
        hashes.append(hash)
        slots[slot] = id + 1
        if keys.count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// Makes room for `count` strings.
    mutating func reserveCapacity(_ count: Int) {
        keys.reserveCapacity(count)
        hashes.reserveCapacity(count)
        var size = slots.count
        while size < count * 2 { size *= 2 }
        if size > slots.count { grow(to: size) }
    }

    private mutating func grow() { grow(to: slots.count * 2) }

    private mutating func grow(to size: Int) {
        slots = [Int32](repeating: 0, count: size)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id + 1)
        }
    }

    /// The store's byte hash (``RawBytes``) over the UTF-8 bytes: one hash for bytes in Vaktaal.
    static func hash(_ key: String) -> UInt64 {
        var key = key
        return key.withUTF8 { RawBytes.hash(UnsafeRawBufferPointer($0), seed: 0) }
    }
}
