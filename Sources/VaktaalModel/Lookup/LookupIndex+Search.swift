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
        let queryTokens = TextNormalizer.tokens(query)
        guard !queryTokens.isEmpty else { return [] }
        var search = Search(index: self, queryTokens: queryTokens, schemes: schemes, language: language?.lowercased())
        search.findExact()
        search.findWordOrder()
        let settled = !search.best.isEmpty
        search.findPrefix(scanLimit: settled ? 500 : Search.scanLimit)
        if !settled { search.findFuzzy(relaxed: false) }
        return search.ranked(limit: limit)
    }

    /// Near misses for a query that found nothing: looser typo tolerance, fewer words required.
    public func suggestions(_ query: String, schemes: Set<String>? = nil, language: String? = nil, limit: Int = 5) -> [LookupMatch] {
        let queryTokens = TextNormalizer.tokens(query)
        guard !queryTokens.isEmpty else { return [] }
        var search = Search(index: self, queryTokens: queryTokens, schemes: schemes, language: language?.lowercased())
        search.findFuzzy(relaxed: true)
        return search.ranked(limit: limit)
    }
}

/// One lookup in progress: the best match found so far per concept.
struct Search {
    let index: LookupIndex
    let queryTokens: [String]
    let normalizedQuery: String
    let schemes: Set<String>?
    let allowedLanguages: Set<Int16>?
    var best: [Int32: (entry: Int, kind: MatchKind, score: Double)] = [:]
    /// The most labels one search step examines, so that a very common word stays cheap.
    static let scanLimit = 20_000

    init(index: LookupIndex, queryTokens: [String], schemes: Set<String>?, language: String?) {
        self.index = index
        self.queryTokens = queryTokens
        self.normalizedQuery = queryTokens.joined(separator: " ")
        self.schemes = schemes
        if let language {
            allowedLanguages = Set(index.languages.indices.filter {
                index.languages[$0] == language || index.languages[$0].hasPrefix(language + "-")
            }.map(Int16.init)).union([-1])
        } else {
            allowedLanguages = nil
        }
    }

    func allowed(_ entry: Int) -> Bool {
        if let allowedLanguages, !allowedLanguages.contains(index.entryLanguage[entry]) { return false }
        if let schemes, !index.conceptSchemes[Int(index.entryConcept[entry])].contains(where: schemes.contains) { return false }
        return true
    }

    mutating func offer(_ entry: Int, _ kind: MatchKind, _ score: Double) {
        guard allowed(entry) else { return }
        let concept = index.entryConcept[entry]
        if let current = best[concept], (current.kind, -current.score) <= (kind, -score) { return }
        best[concept] = (entry, kind, score)
    }

    mutating func findExact() {
        var entry = index.firstWithLabel[ByteKey(normalizedQuery)] ?? -1
        while entry >= 0 {
            let preferred = index.isPreferred(Int(entry))
            offer(Int(entry), preferred ? .exactPreferred : .exactAlternative, preferred ? 1.0 : 0.95)
            entry = index.nextSameLabel[Int(entry)]
        }
    }

    mutating func findWordOrder() {
        guard queryTokens.count > 1 else { return }
        let ids = queryTokens.map { index.tokenIDs[ByteKey($0)] }
        guard ids.allSatisfy({ $0 != nil }) else { return }
        let sortedQuery = ids.map { $0! }.sorted()
        let rarest = sortedQuery.min { index.postings[Int($0)].count < index.postings[Int($1)].count }!
        for entry in index.postings[Int(rarest)].prefix(Self.scanLimit) {
            let range = index.tokenRange(Int(entry))
            guard range.count == sortedQuery.count, index.entryTokens[range].sorted() == sortedQuery else { continue }
            offer(Int(entry), .wordOrder, index.isPreferred(Int(entry)) ? 0.9 : 0.87)
        }
    }

    /// Labels that start with the query. All words but the last must be in the label as they are,
    /// so the labels of the rarest of them are scanned; a one-word query scans the words it starts.
    mutating func findPrefix(scanLimit: Int) {
        guard normalizedQuery.utf8.count >= 2 else { return }
        let words: [Int32]
        if queryTokens.count > 1 {
            let complete = queryTokens.dropLast().map { index.tokenIDs[ByteKey($0)] }
            guard complete.allSatisfy({ $0 != nil }) else { return }
            words = [complete.map { $0! }.min { index.postings[Int($0)].count < index.postings[Int($1)].count }!]
        } else {
            words = index.tokens(withPrefix: queryTokens[0], limit: 50)
        }
        var scanned = 0
        for word in words {
            for entry in index.postings[Int(word)] {
                scanned += 1
                if scanned > scanLimit { return }
                let normalized = index.entryNormalized[Int(entry)]
                guard normalized.utf8.count > normalizedQuery.utf8.count, normalized.hasPrefix(normalizedQuery) else { continue }
                let share = Double(normalizedQuery.utf8.count) / Double(normalized.utf8.count)
                offer(Int(entry), .prefix, 0.6 + 0.2 * share + (index.isPreferred(Int(entry)) ? 0.01 : 0))
            }
        }
    }

    func ranked(limit: Int) -> [LookupMatch] {
        best.sorted { lhs, rhs in
            if lhs.value.kind != rhs.value.kind { return lhs.value.kind < rhs.value.kind }
            if lhs.value.score != rhs.value.score { return lhs.value.score > rhs.value.score }
            return index.conceptIRIs[Int(lhs.key)] < index.conceptIRIs[Int(rhs.key)]
        }.prefix(limit).map { concept, found in
            let language = index.entryLanguage[found.entry]
            return LookupMatch(concept: index.conceptIRIs[Int(concept)], label: index.entryText[found.entry],
                               language: language >= 0 ? index.languages[Int(language)] : nil,
                               labelKind: index.entryKind[found.entry].name, kind: found.kind,
                               score: (found.score * 1000).rounded() / 1000)
        }
    }
}

extension LookupIndex {
    /// Word IDs whose word starts with `prefix`, in order.
    func tokens(withPrefix prefix: String, limit: Int) -> [Int32] {
        var low = 0
        var high = sortedTokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[Int(sortedTokens[middle])].utf8.lexicographicallyPrecedes(prefix.utf8) { low = middle + 1 } else { high = middle }
        }
        var result: [Int32] = []
        while low < sortedTokens.count, result.count < limit, tokens[Int(sortedTokens[low])].hasPrefix(prefix) {
            result.append(sortedTokens[low])
            low += 1
        }
        return result
    }
}
