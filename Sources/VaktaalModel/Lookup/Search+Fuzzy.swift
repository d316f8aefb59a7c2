extension Search {
    /// Typo-, compound- and word-order-tolerant matching on words.
    mutating func findFuzzy(relaxed: Bool) {
        let extraTolerance = relaxed ? 1 : 0
        let similar = queryTokens.map { similarTokens(to: $0, extraTolerance: extraTolerance) }
        var joined: [String: Double] = [:]
        for position in 0..<max(0, queryTokens.count - 1) {
            joined.merge(similarTokens(to: queryTokens[position] + queryTokens[position + 1], extraTolerance: extraTolerance), uniquingKeysWith: max)
        }
        var candidates = Set<Int>()
        for tokens in similar + [joined] {
            for token in tokens.keys { candidates.formUnion(index.byToken[token] ?? []) }
        }
        let minimumCoverage = relaxed ? 0.3 : 0.5
        for entryIndex in candidates {
            let entry = index.entries[entryIndex]
            guard allowed(entry) else { continue }
            let (coverage, labelCoverage) = match(entry.tokens, similar: similar, joined: joined)
            guard coverage >= minimumCoverage else { continue }
            let score = 0.7 * coverage * (0.6 + 0.4 * labelCoverage) + (entry.isPreferred ? 0.005 : 0)
            offer(entryIndex, .fuzzy, score)
        }
    }

    /// How well the query's words are covered by a label's words, and the label's by the query's.
    private func match(_ labelTokens: [String], similar: [[String: Double]], joined: [String: Double]) -> (Double, Double) {
        var used = Set<Int>()
        var total = 0.0
        var coveredQuery = Array(repeating: 0.0, count: queryTokens.count)
        for (position, tokens) in similar.enumerated() {
            var bestScore = 0.0
            var bestLabel: [Int] = []
            for (labelPosition, token) in labelTokens.enumerated() {
                if let score = tokens[token], score > bestScore { bestScore = score; bestLabel = [labelPosition] }
                if labelPosition + 1 < labelTokens.count {
                    let compound = token + labelTokens[labelPosition + 1]
                    if let distance = closeEnough(queryTokens[position], compound, extraTolerance: 0) {
                        let score = 0.9 - 0.05 * Double(distance)
                        if score > bestScore { bestScore = score; bestLabel = [labelPosition, labelPosition + 1] }
                    }
                }
            }
            coveredQuery[position] = bestScore
            used.formUnion(bestLabel)
        }
        for position in 0..<max(0, queryTokens.count - 1) where coveredQuery[position] < 0.85 || coveredQuery[position + 1] < 0.85 {
            for (labelPosition, token) in labelTokens.enumerated() {
                if let score = joined[token], score * 0.95 > (coveredQuery[position] + coveredQuery[position + 1]) / 2 {
                    coveredQuery[position] = score * 0.95
                    coveredQuery[position + 1] = score * 0.95
                    used.insert(labelPosition)
                }
            }
        }
        total = coveredQuery.reduce(0, +)
        return (total / Double(queryTokens.count), Double(used.count) / Double(max(labelTokens.count, 1)))
    }

    /// The distance between two words when it is within the typo tolerance of their length.
    private func closeEnough(_ a: String, _ b: String, extraTolerance: Int) -> Int? {
        let limit = EditDistance.tolerance(forLength: min(a.utf8.count, b.utf8.count)) + extraTolerance
        guard limit > 0 else { return a == b ? 0 : nil }
        return EditDistance.distance(Array(a.utf8), Array(b.utf8), limit: limit)
    }

    /// Indexed words that a query word may stand for, with a similarity: the word itself (1),
    /// a typo of it, a word it starts (autocompletion), or the parts of a compound it joins.
    private func similarTokens(to word: String, extraTolerance: Int) -> [String: Double] {
        var result: [String: Double] = [:]
        if index.byToken[word] != nil { result[word] = 1 }
        let limit = EditDistance.tolerance(forLength: word.utf8.count) + extraTolerance
        if limit > 0 {
            let grams = LookupIndex.trigrams(of: word)
            var shared: [Int: Int] = [:]
            for gram in Set(grams) { for token in index.trigrams[gram] ?? [] { shared[token, default: 0] += 1 } }
            let needed = max(1, grams.count - 3 * limit)
            let wordBytes = Array(word.utf8)
            for (tokenIndex, count) in shared where count >= needed {
                let token = index.tokenList[tokenIndex]
                guard token != word, let distance = EditDistance.distance(wordBytes, Array(token.utf8), limit: limit) else { continue }
                result[token] = max(result[token] ?? 0, 1 - 0.12 * Double(distance))
            }
        }
        if word.utf8.count >= 4 {
            for token in tokens(withPrefix: word) where token != word { result[token] = max(result[token] ?? 0, 0.8) }
        }
        addCompoundParts(of: word, to: &result)
        return result
    }

    /// Splits a compound (`koperleiding`) into indexed words (`koper…`, `leiding`).
    private func addCompoundParts(of word: String, to result: inout [String: Double]) {
        let characters = Array(word)
        guard characters.count >= 7 else { return }
        for cut in 3...(characters.count - 4) {
            let left = String(characters[..<cut])
            var right = String(characters[cut...])
            if index.byToken[right] == nil, right.hasPrefix("s"), index.byToken[String(right.dropFirst())] != nil {
                right = String(right.dropFirst())
            }
            guard index.byToken[right] != nil else { continue }
            let leftTokens = index.byToken[left] != nil ? [left] : Array(tokens(withPrefix: left).prefix(20))
            guard !leftTokens.isEmpty else { continue }
            result[right] = max(result[right] ?? 0, 0.75)
            for token in leftTokens { result[token] = max(result[token] ?? 0, 0.75) }
        }
    }

    /// Indexed words starting with a prefix, in order, at most 50.
    private func tokens(withPrefix prefix: String) -> [String] {
        var low = 0
        var high = index.tokenList.count
        while low < high {
            let middle = (low + high) / 2
            if index.tokenList[middle] < prefix { low = middle + 1 } else { high = middle }
        }
        var result: [String] = []
        while low < index.tokenList.count, result.count < 50, index.tokenList[low].hasPrefix(prefix) {
            result.append(index.tokenList[low])
            low += 1
        }
        return result
    }
}
