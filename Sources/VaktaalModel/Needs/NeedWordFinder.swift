/// Finds the indexed words that a need's word may stand for without comparing it with every
/// word: exact words and stems by hash, compounds that start or end with it by binary search in
/// the stems sorted forwards and backwards, its own parts by looking up each cut, and typos
/// through the trigram index that lookup uses (``TrigramIndex``).
struct NeedWordFinder: Sendable {
    /// The indexed words, numbered.
    private let table: TokenTable
    /// The distinct stems, numbered, and the words having each.
    private let stemTable: TokenTable
    private let wordsByStem: [[Int32]]
    private let stems: [[UInt8]]
    /// Word numbers sorted by stem, and by reversed stem.
    private let stemOrder: [Int32]
    private let reversedStems: [[UInt8]]
    private let reversedStemOrder: [Int32]
    private let trigrams: TrigramIndex
    /// Word numbers by length in bytes, for words too short for the trigram filter.
    private let byLength: [[Int32]]

    /// A finder over the words of `table`, whose stems are `stems` (in word number order).
    init(table: TokenTable, stems: [[UInt8]]) {
        var stemTable = TokenTable(capacity: stems.count)
        var wordsByStem: [[Int32]] = []
        for (number, stem) in stems.enumerated() {
            let id = Int(stem.withUnsafeBufferPointer { stemTable.insert($0) })
            if id == wordsByStem.count { wordsByStem.append([]) }
            wordsByStem[id].append(Int32(number))
        }
        self.table = table
        self.stemTable = stemTable
        self.wordsByStem = wordsByStem
        self.stems = stems
        stemOrder = (0..<Int32(stems.count)).sorted { Self.precedes(stems[Int($0)], stems[Int($1)]) }
        let reversed = stems.map { Array($0.reversed()) }
        reversedStems = reversed
        reversedStemOrder = (0..<Int32(stems.count)).sorted { Self.precedes(reversed[Int($0)], reversed[Int($1)]) }
        trigrams = TrigramIndex(table)
        var byLength: [[Int32]] = []
        for number in 0..<Int32(table.count) {
            let length = table.length(number)
            if length >= byLength.count { byLength += Array(repeating: [], count: length + 1 - byLength.count) }
            byLength[length].append(number)
        }
        self.byLength = byLength
    }

    /// Byte-wise order, shorter first on a tie (as `lexicographicallyPrecedes`), without generic
    /// iteration.
    static func precedes(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        lhs.withUnsafeBufferPointer { left in
            rhs.withUnsafeBufferPointer { right in
                let shared = Swift.min(left.count, right.count)
                for position in 0..<shared where left[position] != right[position] { return left[position] < right[position] }
                return left.count < right.count
            }
        }
    }

    /// The words whose stem is `stem`.
    private func words(withStem stem: [UInt8]) -> [Int32] {
        stemTable.id(of: stem).map { wordsByStem[Int($0)] } ?? []
    }

    /// Whether the word, or another word with its stem, is indexed.
    func isIndexed(word: [UInt8], stem: [UInt8]) -> Bool {
        table.id(of: word) != nil || stemTable.id(of: stem) != nil
    }

    /// Every word that `NeedIndex.similarity` may score above 0 for this query word (and a few
    /// that it scores 0).
    func candidates(word: [UInt8], stem: [UInt8], tolerance: Int) -> Set<Int32> {
        var result = Set<Int32>()
        if let number = table.id(of: word) { result.insert(number) }
        result.formUnion(words(withStem: stem))
        if stem.count >= 4 {
            // Compounds that start or end with the word.
            result.formUnion(Self.prefixed(stem, in: stemOrder, keys: stems))
            result.formUnion(Self.prefixed(Array(stem.reversed()), in: reversedStemOrder, keys: reversedStems))
        }
        if stem.count >= 7 {
            // The word's own parts when it is a compound.
            for length in 4...(stem.count - 3) {
                result.formUnion(words(withStem: Array(stem.prefix(length))))
                result.formUnion(words(withStem: Array(stem.suffix(length))))
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
            if precedes(keys[Int(order[middle])], prefix) { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < order.count, keys[Int(order[end])].starts(with: prefix) { end += 1 }
        return order[low..<end]
    }
}
