/// For each byte trigram, the words that contain it, for typo-tolerant candidates. A word's
/// trigrams are those of the word padded with a space each side, packed in 24 bits. The lists sit
/// in one flat array, sorted by trigram with a two-pass radix sort, word numbers ascending.
struct TrigramIndex: Sendable {
    /// The distinct trigrams, ascending.
    let grams: Column<UInt32>
    /// Where each trigram's words start in `words`; one more element than there are trigrams.
    let starts: Column<Int32>
    let words: Column<Int32>

    /// Indexes the trigrams of every word of a table.
    init(_ table: TokenTable) {
        var pairs: [UInt64] = []
        pairs.reserveCapacity(table.bytes.count + 2 * table.count)
        var grams: [UInt32] = []
        for id in 0..<Int32(table.count) {
            table.withWord(id) { Self.trigrams(of: $0, into: &grams) }
            grams.sort()
            var previous = UInt32.max
            for gram in grams where gram != previous {
                pairs.append(UInt64(gram) << 32 | UInt64(id))
                previous = gram
            }
        }
        pairs = Self.sortedByGram(pairs)
        var distinct: [UInt32] = []
        var starts: [Int32] = []
        var words: [Int32] = []
        words.reserveCapacity(pairs.count)
        for pair in pairs {
            let gram = UInt32(pair >> 32)
            if distinct.last != gram {
                distinct.append(gram)
                starts.append(Int32(words.count))
            }
            words.append(Int32(truncatingIfNeeded: pair))
        }
        starts.append(Int32(words.count))
        self.grams = Column(distinct)
        self.starts = Column(starts)
        self.words = Column(words)
    }

    /// The words containing a trigram, ascending.
    func words(containing gram: UInt32) -> Slice<Column<Int32>> {
        var low = 0, high = grams.count
        while low < high {
            let middle = (low + high) / 2
            if grams[middle] < gram { low = middle + 1 } else { high = middle }
        }
        guard low < grams.count, grams[low] == gram else { return words[0..<0] }
        return words[Int(starts[low])..<Int(starts[low + 1])]
    }

    /// The trigrams of a word padded with a space each side (repeats included), into `grams`.
    static func trigrams(of word: UnsafeBufferPointer<UInt8>, into grams: inout [UInt32]) {
        grams.removeAll(keepingCapacity: true)
        guard !word.isEmpty else { return }
        // The last two bytes read, then each trigram as the window moves on.
        var window = UInt32(0x20) << 8 | UInt32(word[0])
        for byte in word.dropFirst() {
            window = (window << 8 | UInt32(byte)) & 0xFF_FFFF
            grams.append(window)
        }
        grams.append((window << 8 | 0x20) & 0xFF_FFFF)
    }

    /// Pairs of (trigram << 32 | word) sorted by trigram, word order kept (LSD radix, 12 bits a pass).
    private static func sortedByGram(_ pairs: [UInt64]) -> [UInt64] {
        var source = pairs
        var target = [UInt64](repeating: 0, count: pairs.count)
        for shift in [UInt64(32), 44] {
            var counts = [Int](repeating: 0, count: 4097)
            for pair in source { counts[Int((pair >> shift) & 0xFFF) + 1] += 1 }
            for digit in 0..<4096 { counts[digit + 1] += counts[digit] }
            for pair in source {
                let digit = Int((pair >> shift) & 0xFFF)
                target[counts[digit]] = pair
                counts[digit] += 1
            }
            swap(&source, &target)
        }
        return source
    }
}

extension TrigramIndex {
    /// An index read back from a snapshot; the caller checks its consistency.
    init(grams: Column<UInt32>, starts: Column<Int32>, words: Column<Int32>) {
        self.grams = grams
        self.starts = starts
        self.words = words
    }
}
