/// Scores fuzzy candidates: how well the query's words are covered by a label's words (by a
/// similar word, by two label words that form the query word as a compound, or by one label word
/// that two neighbouring query words form together), and how much of the label is used.
/// Scratch space is kept between candidates, so scoring one allocates nothing.
struct CandidateScorer {
    let index: LookupIndex
    let queryWords: [[UInt8]]
    let scores: TokenScoreTable
    private var rows: [Int] = []
    private var covered: [Double]
    private var used: [Bool] = []
    private var compound: [UInt8] = []

    init(index: LookupIndex, queryWords: [[UInt8]], scores: TokenScoreTable) {
        self.index = index
        self.queryWords = queryWords
        self.scores = scores
        covered = Array(repeating: 0, count: queryWords.count)
    }

    /// The share of the query covered (0…1), and the share of the label's words used.
    mutating func coverage(of entry: Int) -> (query: Double, label: Double) {
        let range = index.tokenRange(entry)
        let count = range.count
        rows.removeAll(keepingCapacity: true)
        for position in range { rows.append(scores.row(of: index.entryTokens[position])) }
        used.removeAll(keepingCapacity: true)
        used.append(contentsOf: repeatElement(false, count: count))
        for position in 0..<queryWords.count { coverWord(position, range: range) }
        let joinedColumn = queryWords.count
        for position in 0..<max(0, queryWords.count - 1) where covered[position] < 0.85 || covered[position + 1] < 0.85 {
            for labelPosition in 0..<count where rows[labelPosition] >= 0 {
                let score = scores.score(row: rows[labelPosition], column: joinedColumn)
                guard score * 0.95 > (covered[position] + covered[position + 1]) / 2 else { continue }
                covered[position] = score * 0.95
                covered[position + 1] = score * 0.95
                used[labelPosition] = true
            }
        }
        var total = 0.0
        for score in covered { total += score }
        let usedCount = used.reduce(0) { $0 + ($1 ? 1 : 0) }
        return (total / Double(queryWords.count), Double(usedCount) / Double(max(count, 1)))
    }

    /// Covers one query word: by its most similar label word, else (below 0.75) by two
    /// neighbouring label words that spell it within its typo tolerance.
    private mutating func coverWord(_ position: Int, range: Range<Int>) {
        var bestScore = 0.0
        var bestLabel = (-1, -1)
        for labelPosition in 0..<range.count where rows[labelPosition] >= 0 {
            let score = scores.score(row: rows[labelPosition], column: position)
            if score > bestScore { bestScore = score; bestLabel = (labelPosition, -1) }
        }
        if bestScore < 0.75, range.count > 1 {
            let length = queryWords[position].count
            let tolerance = EditDistance.tolerance(forLength: length)
            for labelPosition in 0..<(range.count - 1) {
                let left = index.entryTokens[range.lowerBound + labelPosition], right = index.entryTokens[range.lowerBound + labelPosition + 1]
                guard abs(index.words.length(left) + index.words.length(right) - length) <= tolerance,
                      let distance = compoundDistance(queryWords[position], left, right) else { continue }
                let score = 0.9 - 0.05 * Double(distance)
                if score > bestScore { bestScore = score; bestLabel = (labelPosition, labelPosition + 1) }
            }
        }
        covered[position] = bestScore
        if bestLabel.0 >= 0 { used[bestLabel.0] = true }
        if bestLabel.1 >= 0 { used[bestLabel.1] = true }
    }

    /// The distance between a query word and two label words written together, when it is
    /// within the typo tolerance of the shorter of the two spellings.
    private mutating func compoundDistance(_ word: [UInt8], _ left: Int32, _ right: Int32) -> Int? {
        compound.removeAll(keepingCapacity: true)
        compound.append(contentsOf: index.words.word(left))
        compound.append(contentsOf: index.words.word(right))
        let limit = EditDistance.tolerance(forLength: min(word.count, compound.count))
        guard limit > 0 else { return word == compound ? 0 : nil }
        return word.withUnsafeBufferPointer { a in compound.withUnsafeBufferPointer { b in EditDistance.distance(a, b, limit: limit) } }
    }
}
