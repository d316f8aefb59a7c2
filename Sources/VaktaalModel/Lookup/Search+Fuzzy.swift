extension Search {
    /// Beyond the rarest word's labels, other words add candidates only up to this many.
    static let fuzzyCandidateLimit = 2_000

    /// Typo-, compound- and word-order-tolerant matching on words.
    mutating func findFuzzy(relaxed: Bool) {
        let extraTolerance = relaxed ? 1 : 0
        var similar: [[Int32: Double]] = []
        for word in queryWords { similar.append(similarTokens(to: word, extraTolerance: extraTolerance)) }
        var joined: [Int32: Double] = [:]
        for position in 0..<max(0, queryWords.count - 1) where Self.isWord(queryWords[position]) && Self.isWord(queryWords[position + 1]) {
            joined.merge(similarTokens(to: queryWords[position] + queryWords[position + 1], extraTolerance: extraTolerance),
                         uniquingKeysWith: max)
        }
        let minimumCoverage = relaxed ? 0.3 : 0.5
        let columns = similar + [joined]
        var scorer = CandidateScorer(index: index, queryWords: queryWords, scores: TokenScoreTable(columns: columns),
                                     hasJoined: !joined.isEmpty)
        for entry in candidates(columns) {
            guard allowed(Int(entry)) else { continue }
            let (coverage, labelCoverage) = scorer.coverage(of: Int(entry))
            guard coverage >= minimumCoverage else { continue }
            let score = 0.7 * coverage * (0.6 + 0.4 * labelCoverage) + (index.isPreferred(Int(entry)) ? 0.005 : 0)
            offer(Int(entry), .fuzzy, score)
        }
    }

    /// Labels worth scoring, ascending: those holding a near-word of the query's rarest word, plus
    /// those of other words while they stay few. Common words ("van", "en") then cost nothing.
    private func candidates(_ groups: [[Int32: Double]]) -> [Int32] {
        let sized = groups.filter { !$0.isEmpty }.map { group in
            (group, group.keys.reduce(0) { $0 + index.postings.count(of: $1) })
        }.sorted { $0.1 < $1.1 }
        var result: [Int32] = []
        for (group, size) in sized {
            if !result.isEmpty && result.count + size > Self.fuzzyCandidateLimit { break }
            for token in group.keys { result.append(contentsOf: index.postings[token].prefix(Self.scanLimit)) }
            result.sort()
            result = Self.withoutRepeats(result)
        }
        return result
    }

    /// A sorted array without its repeated elements.
    private static func withoutRepeats(_ sorted: [Int32]) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(sorted.count)
        for value in sorted where result.last != value { result.append(value) }
        return result
    }

    /// Whether a word has letters (numbers and codes do not form compounds).
    static func isWord(_ token: [UInt8]) -> Bool {
        token.count >= 3 && token.contains { $0 >= UInt8(ascii: "a") }
    }

    /// Indexed words that a query word may stand for, with a similarity: the word itself (1),
    /// a typo of it, a word it starts (autocompletion), or the parts of a compound it joins.
    private mutating func similarTokens(to word: [UInt8], extraTolerance: Int) -> [Int32: Double] {
        var result: [Int32: Double] = [:]
        if let id = index.words.id(of: word) { result[id] = 1 }
        let limit = EditDistance.tolerance(forLength: word.count) + extraTolerance
        if limit > 0 { addTypos(of: word, limit: limit, to: &result) }
        if word.count >= 4 {
            for token in index.tokens(withPrefix: word, limit: 50) where result[token] == nil { result[token] = 0.8 }
        }
        addCompoundParts(of: word, to: &result)
        return result
    }

    /// Words within `limit` edits of `word`. Only words that share enough of its trigrams are
    /// compared (each edit changes at most three), counted in an array indexed by word number.
    private mutating func addTypos(of word: [UInt8], limit: Int, to result: inout [Int32: Double]) {
        var grams: [UInt32] = []
        word.withUnsafeBufferPointer { TrigramIndex.trigrams(of: $0, into: &grams) }
        grams = Array(Set(grams))
        if sharedTrigrams.count != index.words.count { sharedTrigrams = Array(repeating: 0, count: index.words.count) }
        var touched: [Int32] = []
        for gram in grams {
            for token in index.trigrams.words(containing: gram) {
                if sharedTrigrams[Int(token)] == 0 { touched.append(token) }
                sharedTrigrams[Int(token)] &+= 1
            }
        }
        let needed = max(1, grams.count - 3 * limit)
        for token in touched {
            let count = Int(sharedTrigrams[Int(token)])
            sharedTrigrams[Int(token)] = 0
            guard count >= needed, result[token] == nil, abs(index.words.length(token) - word.count) <= limit else { continue }
            let distance = word.withUnsafeBufferPointer { query in
                index.words.withWord(token) { EditDistance.distance(query, $0, limit: limit) }
            }
            if let distance { result[token] = 1 - 0.12 * Double(distance) }
        }
    }
}
