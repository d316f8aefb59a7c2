extension LookupIndex {
    /// Finds concepts for a query, best first: exact preferred label, exact alternative label,
    /// same words in another order, prefix, then fuzzy (typos, compounds, missing words).
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
        search.findPrefix()
        if search.best.count < limit { search.findFuzzy(relaxed: false) }
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
    let language: String?
    var best: [Int: (entry: Int, kind: MatchKind, score: Double)] = [:]

    init(index: LookupIndex, queryTokens: [String], schemes: Set<String>?, language: String?) {
        self.index = index
        self.queryTokens = queryTokens
        self.normalizedQuery = queryTokens.joined(separator: " ")
        self.schemes = schemes
        self.language = language
    }

    func allowed(_ entry: LabelEntry) -> Bool {
        if let language, let entryLanguage = entry.language, entryLanguage != language,
           !entryLanguage.hasPrefix(language + "-") { return false }
        if let schemes, !index.conceptSchemes[entry.concept].contains(where: schemes.contains) { return false }
        return true
    }

    mutating func offer(_ entryIndex: Int, _ kind: MatchKind, _ score: Double) {
        let entry = index.entries[entryIndex]
        guard allowed(entry) else { return }
        if let current = best[entry.concept], (current.kind, -current.score) <= (kind, -score) { return }
        best[entry.concept] = (entryIndex, kind, score)
    }

    mutating func findExact() {
        for entryIndex in index.exact[normalizedQuery] ?? [] {
            let preferred = index.entries[entryIndex].isPreferred
            offer(entryIndex, preferred ? .exactPreferred : .exactAlternative, preferred ? 1.0 : 0.95)
        }
    }

    mutating func findWordOrder() {
        guard queryTokens.count > 1 else { return }
        let sortedQuery = queryTokens.sorted()
        let rarest = queryTokens.min { (index.byToken[$0]?.count ?? 0) < (index.byToken[$1]?.count ?? 0) }!
        for entryIndex in index.byToken[rarest] ?? [] {
            let entry = index.entries[entryIndex]
            if entry.tokens.count == sortedQuery.count, entry.tokens.sorted() == sortedQuery {
                offer(entryIndex, .wordOrder, entry.isPreferred ? 0.9 : 0.87)
            }
        }
    }

    mutating func findPrefix() {
        guard normalizedQuery.count >= 2 else { return }
        var low = 0
        var high = index.sortedByLabel.count
        while low < high {
            let middle = (low + high) / 2
            if index.entries[index.sortedByLabel[middle]].normalized < normalizedQuery { low = middle + 1 } else { high = middle }
        }
        var position = low
        var seen = 0
        while position < index.sortedByLabel.count, seen < 500 {
            let entryIndex = index.sortedByLabel[position]
            let entry = index.entries[entryIndex]
            guard entry.normalized.hasPrefix(normalizedQuery) else { break }
            if entry.normalized != normalizedQuery {
                let share = Double(normalizedQuery.count) / Double(entry.normalized.count)
                offer(entryIndex, .prefix, 0.6 + 0.2 * share + (entry.isPreferred ? 0.01 : 0))
            }
            position += 1
            seen += 1
        }
    }

    func ranked(limit: Int) -> [LookupMatch] {
        best.sorted { lhs, rhs in
            if lhs.value.kind != rhs.value.kind { return lhs.value.kind < rhs.value.kind }
            if lhs.value.score != rhs.value.score { return lhs.value.score > rhs.value.score }
            return index.conceptIRIs[lhs.key] < index.conceptIRIs[rhs.key]
        }.prefix(limit).map { concept, found in
            let entry = index.entries[found.entry]
            return LookupMatch(concept: index.conceptIRIs[concept], label: entry.text, language: entry.language,
                               labelKind: entry.labelKind, kind: found.kind, score: (found.score * 1000).rounded() / 1000)
        }
    }
}
