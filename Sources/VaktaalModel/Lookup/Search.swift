/// One lookup in progress: the best match found so far per concept.
struct Search {
    /// The best match of one concept so far.
    struct Found {
        var entry: Int
        var kind: MatchKind
        var score: Double
    }

    let index: LookupIndex
    /// The query's folded words, and their numbers where the index has them.
    let queryWords: [[UInt8]]
    let queryTokenIDs: [Int32?]
    /// The folded query, a single space between words.
    let normalizedQuery: [UInt8]
    /// Allowed label languages by language number + 1 (0 is no language), when restricted.
    let allowedLanguages: [Bool]?
    /// Allowed schemes by scheme number, when restricted.
    let allowedSchemes: [Bool]?
    var best: [Int32: Found] = [:]
    /// Per-word counts of shared trigrams, reused across the words of a fuzzy search.
    var sharedTrigrams: [UInt16] = []
    /// The most labels one search step examines, so that a very common word stays cheap.
    static let scanLimit = 20_000

    init(index: LookupIndex, normalizedQuery: [UInt8], schemes: Set<String>?, language: String?) {
        self.index = index
        self.normalizedQuery = normalizedQuery
        queryWords = normalizedQuery.split(separator: 0x20).map { Array($0) }
        queryTokenIDs = queryWords.map { index.words.id(of: $0) }
        if let language {
            allowedLanguages = [true] + index.languages.map { $0 == language || $0.hasPrefix(language + "-") }
        } else {
            allowedLanguages = nil
        }
        allowedSchemes = schemes.map { schemes in index.schemeIRIs.map(schemes.contains) }
    }

    func allowed(_ entry: Int) -> Bool {
        if let allowedLanguages, !allowedLanguages[Int(index.entryLanguage[entry]) + 1] { return false }
        if let allowedSchemes, !index.conceptSchemes[Int(index.entryConcept[entry])].contains(where: { allowedSchemes[Int($0)] }) {
            return false
        }
        return true
    }

    mutating func offer(_ entry: Int, _ kind: MatchKind, _ score: Double) {
        guard allowed(entry) else { return }
        let concept = index.entryConcept[entry]
        if let current = best[concept], (current.kind, -current.score) <= (kind, -score) { return }
        best[concept] = Found(entry: entry, kind: kind, score: score)
    }

    /// The numbers of all query words, or nil when one is not an indexed word.
    var allQueryTokenIDs: [Int32]? {
        var ids: [Int32] = []
        for id in queryTokenIDs {
            guard let id else { return nil }
            ids.append(id)
        }
        return ids
    }

    /// The word with the fewest labels (the cheapest posting list to scan); `ids` is not empty.
    private func rarest(of ids: [Int32]) -> Int32 {
        ids.min { index.postings.count(of: $0) < index.postings.count(of: $1) }!
    }

    mutating func findExact() {
        guard let ids = allQueryTokenIDs else { return }
        for entry in index.labels.entries(withWords: ids, wordsOf: { index.entryTokens[index.tokenRange(Int($0))] }) {
            let preferred = index.isPreferred(Int(entry))
            offer(Int(entry), preferred ? .exactPreferred : .exactAlternative, preferred ? 1.0 : 0.95)
        }
    }

    mutating func findWordOrder() {
        guard queryWords.count > 1, let ids = allQueryTokenIDs else { return }
        let sortedQuery = ids.sorted()
        for entry in index.postings[rarest(of: sortedQuery)].prefix(Self.scanLimit) {
            let range = index.tokenRange(Int(entry))
            guard range.count == sortedQuery.count, index.entryTokens[range].sorted() == sortedQuery else { continue }
            offer(Int(entry), .wordOrder, index.isPreferred(Int(entry)) ? 0.9 : 0.87)
        }
    }

    /// Labels that start with the query. All words but the last must be in the label as they are,
    /// so the labels of the rarest of them are scanned; a one-word query scans the words it starts.
    mutating func findPrefix(scanLimit: Int) {
        guard normalizedQuery.count >= 2 else { return }
        let words: [Int32]
        if queryWords.count > 1 {
            var complete: [Int32] = []
            for id in queryTokenIDs.dropLast() {
                guard let id else { return }
                complete.append(id)
            }
            words = [rarest(of: complete)]
        } else {
            words = index.tokens(withPrefix: queryWords[0], limit: 50)
        }
        var scanned = 0
        for word in words {
            for entry in index.postings[word] {
                scanned += 1
                if scanned > scanLimit { return }
                let length = index.normalizedLength(Int(entry))
                guard length > normalizedQuery.count, index.label(Int(entry), startsWith: normalizedQuery) else { continue }
                let share = Double(normalizedQuery.count) / Double(length)
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
            return LookupMatch(concept: index.conceptIRIs[Int(concept)], label: index.text(ofEntry: found.entry),
                               language: language >= 0 ? index.languages[Int(language)] : nil,
                               labelKind: index.entryKind[found.entry].name, kind: found.kind,
                               score: (found.score * 1000).rounded() / 1000)
        }
    }
}
