/// For each word, the labels (entries) that contain it, ascending, all in one flat array: built by
/// a counting sort in two passes over the labels' words, without an array per word.
struct PostingLists: Sendable {
    /// Where each word's entries start in `entries`; one more element than there are words.
    let starts: Column<Int32>
    let entries: Column<Int32>

    /// Lists the entries of every word.
    /// - Parameters:
    ///   - entryTokens: The words of all entries, end to end.
    ///   - entryTokenStart: Where each entry's words start in `entryTokens`, plus the end.
    ///   - tokenCount: The number of distinct words.
    init(entryTokens: [Int32], entryTokenStart: [Int32], tokenCount: Int) {
        let entryCount = entryTokenStart.count - 1
        // Pass 1: how many entries hold each word (a word twice in one label counts once).
        var lastEntry = [Int32](repeating: -1, count: tokenCount)
        var starts = [Int32](repeating: 0, count: tokenCount + 1)
        for entry in 0..<entryCount {
            for position in Int(entryTokenStart[entry])..<Int(entryTokenStart[entry + 1]) {
                let token = Int(entryTokens[position])
                if lastEntry[token] != Int32(entry) {
                    lastEntry[token] = Int32(entry)
                    starts[token + 1] += 1
                }
            }
        }
        for token in 0..<tokenCount { starts[token + 1] += starts[token] }
        // Pass 2: each entry into its words' lists, in entry order.
        var next = starts
        var entries = [Int32](repeating: 0, count: Int(starts[tokenCount]))
        for entry in 0..<entryCount {
            for position in Int(entryTokenStart[entry])..<Int(entryTokenStart[entry + 1]) {
                let token = Int(entryTokens[position])
                let slot = Int(next[token])
                if slot > Int(starts[token]), entries[slot - 1] == Int32(entry) { continue }
                entries[slot] = Int32(entry)
                next[token] += 1
            }
        }
        self.starts = Column(starts)
        self.entries = Column(entries)
    }

    /// The entries holding a word, ascending.
    @inline(__always)
    subscript(token: Int32) -> Slice<Column<Int32>> { entries[Int(starts[Int(token)])..<Int(starts[Int(token) + 1])] }

    /// How many entries hold a word.
    @inline(__always)
    func count(of token: Int32) -> Int { Int(starts[Int(token) + 1] &- starts[Int(token)]) }
}

extension PostingLists {
    /// Lists read back from a snapshot; the caller checks their consistency.
    init(starts: Column<Int32>, entries: Column<Int32>) {
        self.starts = starts
        self.entries = entries
    }
}
