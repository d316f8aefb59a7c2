/// Finds the indexed words that a need's word may stand for without comparing it with every
/// word: exact words and stems by hash, compounds that start or end with it by binary search in
/// the stems sorted forwards and backwards, its own parts by looking up each cut, and typos
/// through the trigram index that lookup uses (``TrigramIndex``).
struct NeedWordFinder: Sendable {
    private let byWord: [[UInt8]: Int32]
    private let byStem: [[UInt8]: [Int32]]
    private let stems: [[UInt8]]
    /// Word numbers sorted by stem, and by reversed stem.
    private let stemOrder: [Int32]
    private let reversedStems: [[UInt8]]
    private let reversedStemOrder: [Int32]
    private let table: TokenTable
    private let trigrams: TrigramIndex
    /// Word numbers by length in bytes, for words too short for the trigram filter.
    private let byLength: [[Int32]]

    init(words: [[UInt8]], stems: [[UInt8]]) {
        var byWord: [[UInt8]: Int32] = [:], byStem: [[UInt8]: [Int32]] = [:]
        var table = TokenTable(capacity: words.count)
        for (number, word) in words.enumerated() {
            byWord[word] = Int32(number)
            byStem[stems[number], default: []].append(Int32(number))
            _ = word.withUnsafeBufferPointer { table.insert($0) }
        }
        self.byWord = byWord
        self.byStem = byStem
        self.stems = stems
        stemOrder = (0..<Int32(words.count)).sorted { stems[Int($0)].lexicographicallyPrecedes(stems[Int($1)]) }
        let reversed = stems.map { Array($0.reversed()) }
        reversedStems = reversed
        reversedStemOrder = (0..<Int32(words.count)).sorted { reversed[Int($0)].lexicographicallyPrecedes(reversed[Int($1)]) }
        self.table = table
        trigrams = TrigramIndex(table)
        var byLength = Array(repeating: [Int32](), count: (words.map(\.count).max() ?? 0) + 1)
        for (number, word) in words.enumerated() { byLength[word.count].append(Int32(number)) }
        self.byLength = byLength
    }

    /// Whether the word, or another word with its stem, is indexed.
    func isIndexed(word: [UInt8], stem: [UInt8]) -> Bool {
        byWord[word] != nil || byStem[stem] != nil
    }

    /// Every word that `NeedIndex.similarity` may score above 0 for this query word (and a few
    /// that it scores 0).
    func candidates(word: [UInt8], stem: [UInt8], tolerance: Int) -> Set<Int32> {
        var result = Set<Int32>()
        if let number = byWord[word] { result.insert(number) }
        result.formUnion(byStem[stem] ?? [])
        if stem.count >= 4 {
            // Compounds that start or end with the word.
            result.formUnion(Self.prefixed(stem, in: stemOrder, keys: stems))
            result.formUnion(Self.prefixed(Array(stem.reversed()), in: reversedStemOrder, keys: reversedStems))
        }
        if stem.count >= 7 {
            // The word's own parts when it is a compound.
            for length in 4...(stem.count - 3) {
                result.formUnion(byStem[Array(stem.prefix(length))] ?? [])
                result.formUnion(byStem[Array(stem.suffix(length))] ?? [])
            }
        }
        if tolerance > 0 { result.formUnion(typos(of: word, tolerance: tolerance)) }
        return result
    }

    /// Words sharing enough trigrams with `word` to be within `tolerance` edits (an edit or a
    /// transposition changes at most four of them); a word so short that its typos may share none
    /// ("laen" for "lean") is compared with every word of a near length.
    private func typos(of word: [UInt8], tolerance: Int) -> [Int32] {
        var grams: [UInt32] = []
        word.withUnsafeBufferPointer { TrigramIndex.trigrams(of: $0, into: &grams) }
        let distinct = Set(grams)
        guard distinct.count > 4 * tolerance else {
            let lowest = max(0, word.count - tolerance), highest = min(byLength.count - 1, word.count + tolerance)
            return lowest <= highest ? (lowest...highest).flatMap { byLength[$0] } : []
        }
        // Counted in an array indexed by word number: common trigrams list many words.
        var shared = [UInt16](repeating: 0, count: table.count)
        var touched: [Int32] = []
        for gram in distinct {
            for number in trigrams.words(containing: gram) {
                if shared[Int(number)] == 0 { touched.append(number) }
                shared[Int(number)] &+= 1
            }
        }
        let needed = distinct.count - 4 * tolerance
        return touched.filter { number in
            Int(shared[Int(number)]) >= needed && abs(table.length(number) - word.count) <= tolerance
        }
    }

    /// The entries of `order` whose key starts with `prefix`.
    private static func prefixed(_ prefix: [UInt8], in order: [Int32], keys: [[UInt8]]) -> ArraySlice<Int32> {
        var low = 0, high = order.count
        while low < high {
            let middle = (low + high) / 2
            if keys[Int(order[middle])].lexicographicallyPrecedes(prefix) { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < order.count, keys[Int(order[end])].starts(with: prefix) { end += 1 }
        return order[low..<end]
    }
}
