extension Search {
    /// Beyond the rarest word's labels, other words add candidates only up to this many.
    static let fuzzyCandidateLimit = 2_000

    /// Typo-, compound- and word-order-tolerant matching on words.
    mutating func findFuzzy(relaxed: Bool) {
        let extraTolerance = relaxed ? 1 : 0
        let similar = queryTokens.map { similarTokens(to: $0, extraTolerance: extraTolerance) }
        var joined: [Int32: Double] = [:]
        for position in 0..<max(0, queryTokens.count - 1) where Self.isWord(queryTokens[position]) && Self.isWord(queryTokens[position + 1]) {
            joined.merge(similarTokens(to: queryTokens[position] + queryTokens[position + 1], extraTolerance: extraTolerance), uniquingKeysWith: max)
        }
        let minimumCoverage = relaxed ? 0.3 : 0.5
        for entry in candidates(similar + [joined]) {
            guard allowed(entry) else { continue }
            let (coverage, labelCoverage) = match(entry, similar: similar, joined: joined)
            guard coverage >= minimumCoverage else { continue }
            let score = 0.7 * coverage * (0.6 + 0.4 * labelCoverage) + (index.isPreferred(entry) ? 0.005 : 0)
            offer(entry, .fuzzy, score)
        }
    }

    /// Labels worth scoring: those holding a near-word of the query's rarest word, plus those of
    /// other words while they stay few. Common words ("van", "en") then cost nothing.
    private func candidates(_ groups: [[Int32: Double]]) -> Set<Int> {
        let sized = groups.filter { !$0.isEmpty }.map { group in
            (group, group.keys.reduce(0) { $0 + index.postings[Int($1)].count })
        }.sorted { $0.1 < $1.1 }
        var result = Set<Int>()
        for (group, size) in sized {
            if !result.isEmpty && result.count + size > Self.fuzzyCandidateLimit { break }
            for token in group.keys {
                for entry in index.postings[Int(token)].prefix(Self.scanLimit) { result.insert(Int(entry)) }
            }
        }
        return result
    }

    /// How well the query's words are covered by a label's words, and the label's by the query's.
    private func match(_ entry: Int, similar: [[Int32: Double]], joined: [Int32: Double]) -> (Double, Double) {
        let labelTokens = Array(index.entryTokens[index.tokenRange(entry)])
        var used = Set<Int>()
        var covered = Array(repeating: 0.0, count: queryTokens.count)
        for (position, tokens) in similar.enumerated() {
            var bestScore = 0.0
            var bestLabel: [Int] = []
            for (labelPosition, token) in labelTokens.enumerated() {
                if let score = tokens[token], score > bestScore { bestScore = score; bestLabel = [labelPosition] }
            }
            if bestScore < 0.75, labelTokens.count > 1 {
                let length = queryTokens[position].utf8.count
                let tolerance = EditDistance.tolerance(forLength: length)
                for labelPosition in 0..<(labelTokens.count - 1) {
                    let left = index.tokens[Int(labelTokens[labelPosition])], right = index.tokens[Int(labelTokens[labelPosition + 1])]
                    guard abs(left.utf8.count + right.utf8.count - length) <= tolerance else { continue }
                    let compound = left + right
                    guard let distance = closeEnough(queryTokens[position], compound) else { continue }
                    let score = 0.9 - 0.05 * Double(distance)
                    if score > bestScore { bestScore = score; bestLabel = [labelPosition, labelPosition + 1] }
                }
            }
            covered[position] = bestScore
            used.formUnion(bestLabel)
        }
        for position in 0..<max(0, queryTokens.count - 1) where covered[position] < 0.85 || covered[position + 1] < 0.85 {
            for (labelPosition, token) in labelTokens.enumerated() {
                guard let score = joined[token], score * 0.95 > (covered[position] + covered[position + 1]) / 2 else { continue }
                covered[position] = score * 0.95
                covered[position + 1] = score * 0.95
                used.insert(labelPosition)
            }
        }
        return (covered.reduce(0, +) / Double(queryTokens.count), Double(used.count) / Double(max(labelTokens.count, 1)))
    }

    /// The distance between two words when it is within the typo tolerance of their length.
    private func closeEnough(_ a: String, _ b: String) -> Int? {
        let limit = EditDistance.tolerance(forLength: min(a.utf8.count, b.utf8.count))
        guard limit > 0 else { return a == b ? 0 : nil }
        return EditDistance.distance(a, b, limit: limit)
    }

    /// Whether a word has letters (numbers and codes do not form compounds).
    static func isWord(_ token: String) -> Bool {
        token.utf8.count >= 3 && token.utf8.contains { $0 >= UInt8(ascii: "a") }
    }

    /// Indexed words that a query word may stand for, with a similarity: the word itself (1),
    /// a typo of it, a word it starts (autocompletion), or the parts of a compound it joins.
    private func similarTokens(to word: String, extraTolerance: Int) -> [Int32: Double] {
        var result: [Int32: Double] = [:]
        if let id = index.tokenIDs[ByteKey(word)] { result[id] = 1 }
        let limit = EditDistance.tolerance(forLength: word.utf8.count) + extraTolerance
        if limit > 0 {
            let grams = Set(LookupIndex.trigrams(of: word))
            var shared: [Int32: Int] = [:]
            for gram in grams { for token in index.trigrams[gram] ?? [] { shared[token, default: 0] += 1 } }
            let needed = max(1, grams.count - 3 * limit)
            let length = word.utf8.count
            for (token, count) in shared where count >= needed && result[token] == nil {
                let candidate = index.tokens[Int(token)]
                guard abs(candidate.utf8.count - length) <= limit,
                      let distance = EditDistance.distance(word, candidate, limit: limit) else { continue }
                result[token] = 1 - 0.12 * Double(distance)
            }
        }
        if word.utf8.count >= 4 {
            for token in index.tokens(withPrefix: word, limit: 50) where result[token] == nil { result[token] = 0.8 }
        }
        addCompoundParts(of: word, to: &result)
        return result
    }

    /// Splits a compound (`koperleiding`) into indexed words (`koper…`, `leiding`).
    private func addCompoundParts(of word: String, to result: inout [Int32: Double]) {
        let characters = Array(word)
        guard characters.count >= 7 else { return }
        for cut in 3...(characters.count - 4) {
            let left = String(characters[..<cut])
            var right = String(characters[cut...])
            if index.tokenIDs[ByteKey(right)] == nil, right.hasPrefix("s"), index.tokenIDs[ByteKey(String(right.dropFirst()))] != nil {
                right = String(right.dropFirst())
            }
            guard let rightID = index.tokenIDs[ByteKey(right)] else { continue }
            let leftTokens = index.tokenIDs[ByteKey(left)].map { [$0] } ?? index.tokens(withPrefix: left, limit: 20)
            guard !leftTokens.isEmpty else { continue }
            result[rightID] = max(result[rightID] ?? 0, 0.75)
            for token in leftTokens { result[token] = max(result[token] ?? 0, 0.75) }
        }
    }
}
