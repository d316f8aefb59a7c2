/// The distinct words of an index, numbered in order of first appearance, their bytes kept end to
/// end in one buffer. An open-addressing table finds a word's number from its bytes with one hash
/// and, almost always, one comparison: no String and no allocation per word.
struct TokenTable: Sendable {
    /// Every word's bytes, end to end.
    var bytes: [UInt8] = []
    /// Where each word starts in `bytes`; the last element is where the next word would start.
    var starts: [Int32] = [0]
    var hashes: [UInt64] = []
    /// Word numbers by hash, -1 for a free slot; never more than half full.
    var slots: [Int32]

    /// An empty table with room for about `capacity` words before it grows.
    init(capacity: Int = 64) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = Array(repeating: -1, count: size)
    }

    /// The number of words.
    var count: Int { hashes.count }

    /// The number of a word, if the table has it.
    func id(of word: UnsafeBufferPointer<UInt8>) -> Int32? {
        let id = probe(word, hash: RawBytes.hash(UnsafeRawBufferPointer(word), seed: 0)).id
        return id >= 0 ? id : nil
    }

    /// The number of a word given as bytes, if the table has it.
    func id(of word: some Collection<UInt8>) -> Int32? {
        word.withContiguousStorageIfAvailable { id(of: $0) } ?? Array(word).withUnsafeBufferPointer { id(of: $0) }
    }

    /// The number of a word, added if new.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = RawBytes.hash(UnsafeRawBufferPointer(word), seed: 0)
        let (slot, found) = probe(word, hash: hash)
        if found >= 0 { return found }
        let id = Int32(count)
        bytes.append(contentsOf: word)
        starts.append(Int32(bytes.count))
        hashes.append(hash)
        slots[slot] = id
        if 2 * count > slots.count { grow() }
        return id
    }

    /// The length of a word in bytes.
    @inline(__always)
    func length(_ id: Int32) -> Int { Int(starts[Int(id) + 1] &- starts[Int(id)]) }

    /// The bytes of a word.
    func word(_ id: Int32) -> ArraySlice<UInt8> { bytes[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])] }

    /// A word as a String.
    func string(_ id: Int32) -> String { String(decoding: word(id), as: UTF8.self) }

    /// Calls `body` with a word's bytes.
    @inline(__always)
    func withWord<Result>(_ id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = Int(starts[Int(id)]), end = Int(starts[Int(id) + 1])
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The slot holding the word, or the free slot where it belongs (then `id` is -1).
    private func probe(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, id: Int32) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 || (hashes[Int(id)] == hash && equals(id, word)) { return (slot, id) }
            slot = (slot + 1) & mask
        }
    }

    private func equals(_ id: Int32, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[Int(id)])
        guard Int(starts[Int(id) + 1]) - start == word.count else { return false }
        return bytes.withUnsafeBytes { stored in
            RawBytes.equal(UnsafeRawBufferPointer(rebasing: stored[start..<start + word.count]), UnsafeRawBufferPointer(word))
        }
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: 2 * slots.count)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}

extension TokenTable {
    /// A table read back from a snapshot; the caller checks its consistency.
    init(bytes: [UInt8], starts: [Int32], hashes: [UInt64], slots: [Int32]) {
        self.bytes = bytes
        self.starts = starts
        self.hashes = hashes
        self.slots = slots
    }
}
