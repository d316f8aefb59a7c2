/// Finds the entries whose folded label equals a query, by a hash of their word numbers (two
/// labels are equal exactly when their word sequences are). Entries are grouped by hash bucket
/// with a counting sort, newest first within a bucket, so that equal labels come out in the order
/// the index has always offered them.
struct LabelTable: Sendable {
    let bucketMask: Int
    /// Where each bucket starts in `slots`; one more element than there are buckets.
    let starts: Column<Int32>
    /// Per entry, grouped by bucket: the label's hash << 32 | the entry. The hash skips most
    /// unequal labels without comparing words.
    let slots: Column<UInt64>

    /// Groups the entries by the hash of their words, about four to a bucket.
    init(entryTokens: [Int32], entryTokenStart: [Int32]) {
        let entryCount = entryTokenStart.count - 1
        var bucketCount = 16
        while 4 * bucketCount < entryCount { bucketCount *= 2 }
        let bucketMask = bucketCount - 1
        var entryHash = [UInt32](repeating: 0, count: entryCount)
        var starts = [Int32](repeating: 0, count: bucketCount + 1)
        entryTokens.withUnsafeBufferPointer { tokens in
            for entry in 0..<entryCount {
                let words = UnsafeBufferPointer(rebasing: tokens[Int(entryTokenStart[entry])..<Int(entryTokenStart[entry + 1])])
                let hash = UInt32(truncatingIfNeeded: RawBytes.hash(UnsafeRawBufferPointer(words), seed: 0))
                entryHash[entry] = hash
                starts[Int(hash) & bucketMask + 1] += 1
            }
        }
        for bucket in 0..<bucketCount { starts[bucket + 1] += starts[bucket] }
        var next = starts
        var slots = [UInt64](repeating: 0, count: entryCount)
        for entry in stride(from: entryCount - 1, through: 0, by: -1) {
            let hash = entryHash[entry]
            let bucket = Int(hash) & bucketMask
            slots[Int(next[bucket])] = UInt64(hash) << 32 | UInt64(entry)
            next[bucket] += 1
        }
        self.bucketMask = bucketMask
        self.starts = Column(starts)
        self.slots = Column(slots)
    }

    /// The entries whose words are exactly `words`, newest first.
    /// - Parameters:
    ///   - words: The query's word numbers.
    ///   - wordsOf: The word numbers of an entry.
    func entries<Words: Sequence<Int32>>(withWords words: [Int32], wordsOf: (Int32) -> Words) -> [Int32] {
        let hash = UInt32(truncatingIfNeeded: words.withUnsafeBytes { RawBytes.hash($0, seed: 0) })
        let bucket = Int(hash) & bucketMask
        var result: [Int32] = []
        for slot in slots[Int(starts[bucket])..<Int(starts[bucket + 1])] where UInt32(slot >> 32) == hash {
            let entry = Int32(truncatingIfNeeded: slot)
            if wordsOf(entry).elementsEqual(words) { result.append(entry) }
        }
        return result
    }
}

extension LabelTable {
    /// A table read back from a snapshot; the caller checks its consistency.
    init(bucketMask: Int, starts: Column<Int32>, slots: Column<UInt64>) {
        self.bucketMask = bucketMask
        self.starts = starts
        self.slots = slots
    }
}
