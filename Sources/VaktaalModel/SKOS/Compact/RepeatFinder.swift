/// A small open-addressing set of triple keys, reused group after group.
struct RepeatFinder {
    private var keys: [UInt64] = []
    private var indices: [UInt32] = []
    private var used: [Int] = []

    /// Empties the set, with room for `capacity` triples.
    mutating func start(capacity: Int) {
        for slot in used { indices[slot] = .max }
        used.removeAll(keepingCapacity: true)
        var size = 16
        while size < capacity * 2 { size *= 2 }
        if size > keys.count {
            keys = Array(repeating: 0, count: size)
            indices = Array(repeating: .max, count: size)
        }
    }

    /// Adds a triple unless an earlier one with the same key is the same triple.
    /// - Returns: Whether it repeats an earlier one.
    mutating func insert(_ key: UInt64, _ index: UInt32, sameAs: (UInt32) -> Bool) -> Bool {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key ^ key >> 29) & mask
        while indices[slot] != .max {
            if keys[slot] == key, sameAs(indices[slot]) { return true }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        indices[slot] = index
        used.append(slot)
        return false
    }
}
