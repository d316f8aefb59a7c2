extension LookupIndex {
    /// Finds concepts for a query, best first: exact preferred label, exact alternative label,
    /// same words in another order, prefix, then fuzzy (typos, compounds, missing words). Fuzzy
    /// matching runs only when nothing matched exactly or in another word order.
    /// - Parameters:
    ///   - query: What the user typed.
    ///   - schemes: Only concepts in these schemes, when given.
    ///   - language: Only labels in this language (notations always count), when given.
    ///   - limit: The most concepts to return.
    public func lookup(_ query: String, schemes: Set<String>? = nil, language: String? = nil, limit: Int = 10) -> [LookupMatch] {
        let normalized = TextNormalizer.folded(query)
        guard !normalized.isEmpty else { return [] }
        var search = Search(index: self, normalizedQuery: normalized, schemes: schemes, language: language?.lowercased())
        search.findExact()
        search.findWordOrder()
        let settled = !search.best.isEmpty
        search.findPrefix(scanLimit: settled ? 500 : Search.scanLimit)
        if !settled { search.findFuzzy(relaxed: false) }
        return search.ranked(limit: limit)
    }

    /// Near misses for a query that found nothing: looser typo tolerance, fewer words required.
    public func suggestions(_ query: String, schemes: Set<String>? = nil, language: String? = nil, limit: Int = 5) -> [LookupMatch] {
        let normalized = TextNormalizer.folded(query)
        guard !normalized.isEmpty else { return [] }
        var search = Search(index: self, normalizedQuery: normalized, schemes: schemes, language: language?.lowercased())
        search.findFuzzy(relaxed: true)
        return search.ranked(limit: limit)
    }
}

extension LookupIndex {
    /// Word numbers whose word starts with `prefix` (bytes), in byte order.
    func tokens(withPrefix prefix: some Collection<UInt8>, limit: Int) -> [Int32] {
        var low = 0
        var high = sortedTokens.count
        while low < high {
            let middle = (low + high) / 2
            if words.word(sortedTokens[middle]).lexicographicallyPrecedes(prefix) { low = middle + 1 } else { high = middle }
        }
        var result: [Int32] = []
        while low < sortedTokens.count, result.count < limit, words.word(sortedTokens[low]).starts(with: prefix) {
            result.append(sortedTokens[low])
            low += 1
        }
        return result
    }

    /// The length in bytes of an entry's folded label (its words with a space between two).
    func normalizedLength(_ entry: Int) -> Int {
        let range = tokenRange(entry)
        var length = range.count - 1
        for position in range { length += words.length(entryTokens[position]) }
        return length
    }

    /// Whether an entry's folded label starts with `prefix` (folded words, single spaces).
    func label(_ entry: Int, startsWith prefix: [UInt8]) -> Bool {
        var offset = 0
        for position in tokenRange(entry) {
            if offset > 0 {
                if offset == prefix.count { return true }
                if prefix[offset] != 0x20 { return false }
                offset += 1
            }
            let word = words.word(entryTokens[position])
            let shared = min(word.count, prefix.count - offset)
            guard word.prefix(shared).elementsEqual(prefix[offset..<(offset + shared)]) else { return false }
            offset += shared
            if offset == prefix.count { return true }
        }
        return offset == prefix.count
    }
}
