/// Scores fuzzy candidates: how well the query's words are covered by a label's words (by a
/// similar word, by two label words that form the query word as a compound, or by one label word
/// that two neighbouring query words form together), and how much of the label is used.
/// A candidate's scratch space lives on the stack, so scoring one allocates nothing.
struct CandidateScorer {
    /// One word of the candidate label.
    private struct LabelWord {
        var word: Int32
        /// The word's row in the score table, -1 when it is similar to no query word.
        var row: Int
        var length: Int
        /// Whether the word covers some query word.
        var used: Bool
    }

    let index: LookupIndex
    let queryWords: [[UInt8]]
    let scores: TokenScoreTable
    /// Whether any label word is similar to two neighbouring query words joined.
    private let hasJoined: Bool
    private var compound: [UInt8] = []
    /// Per query word, the distances to label word pairs already compared (-1: too far), since
    /// candidate labels share most of their words.
    private var compoundDistances: [WordPairCache]

    init(index: LookupIndex, queryWords: [[UInt8]], scores: TokenScoreTable, hasJoined: Bool) {
        self.index = index
        self.queryWords = queryWords
        self.scores = scores
        self.hasJoined = hasJoined
        compoundDistances = Array(repeating: WordPairCache(), count: queryWords.count)
    }

    /// The share of the query covered (0…1), and the share of the label's words used.
    mutating func coverage(of entry: Int) -> (query: Double, label: Double) {
        let range = index.tokenRange(entry)
        return withUnsafeTemporaryAllocation(of: LabelWord.self, capacity: range.count) { label in
            for (offset, position) in range.enumerated() {
                let word = index.entryTokens[position]
                label.initializeElement(at: offset, to: LabelWord(word: word, row: scores.row(of: word), length: index.words.length(word), used: false))
            }
            return withUnsafeTemporaryAllocation(of: Double.self, capacity: queryWords.count) { covered in
                for position in 0..<queryWords.count { covered.initializeElement(at: position, to: cover(position, label)) }
                if hasJoined { coverByJoinedWords(label, covered) }
                var total = 0.0
                for score in covered { total += score }
                var usedCount = 0
                for word in label where word.used { usedCount += 1 }
                return (total / Double(queryWords.count), Double(usedCount) / Double(max(label.count, 1)))
            }
        }
    }

    /// How well one query word is covered: by its most similar label word, else (below 0.75) by
    /// two neighbouring label words that spell it within its typo tolerance.
    private mutating func cover(_ position: Int, _ label: UnsafeMutableBufferPointer<LabelWord>) -> Double {
        var bestScore = 0.0
        var bestLabel = (-1, -1)
        for labelPosition in 0..<label.count where label[labelPosition].row >= 0 {
            let score = scores.score(row: label[labelPosition].row, column: position)
            if score > bestScore { bestScore = score; bestLabel = (labelPosition, -1) }
        }
        if bestScore < 0.75, label.count > 1 {
            let length = queryWords[position].count
            let tolerance = EditDistance.tolerance(forLength: length)
            for labelPosition in 0..<(label.count - 1) {
                let left = label[labelPosition], right = label[labelPosition + 1]
                guard abs(left.length + right.length - length) <= tolerance,
                      let distance = compoundDistance(position, left.word, right.word) else { continue }
                let score = 0.9 - 0.05 * Double(distance)
                if score > bestScore { bestScore = score; bestLabel = (labelPosition, labelPosition + 1) }
            }
        }
        if bestLabel.0 >= 0 { label[bestLabel.0].used = true }
        if bestLabel.1 >= 0 { label[bestLabel.1].used = true }
        return bestScore
    }

    /// Lets a label word that two neighbouring query words form together cover both.
    private func coverByJoinedWords(_ label: UnsafeMutableBufferPointer<LabelWord>, _ covered: UnsafeMutableBufferPointer<Double>) {
        let joinedColumn = queryWords.count
        for position in 0..<max(0, queryWords.count - 1) where covered[position] < 0.85 || covered[position + 1] < 0.85 {
            for labelPosition in 0..<label.count where label[labelPosition].row >= 0 {
                let score = scores.score(row: label[labelPosition].row, column: joinedColumn)
                guard score * 0.95 > (covered[position] + covered[position + 1]) / 2 else { continue }
                covered[position] = score * 0.95
                covered[position + 1] = score * 0.95
                label[labelPosition].used = true
            }
        }
    }

    /// The distance between a query word and two label words written together, when it is
    /// within the typo tolerance of the shorter of the two spellings.
    private mutating func compoundDistance(_ position: Int, _ left: Int32, _ right: Int32) -> Int? {
        if let known = compoundDistances[position].value(left, right) { return known >= 0 ? Int(known) : nil }
        let word = queryWords[position]
        compound.removeAll(keepingCapacity: true)
        compound.append(contentsOf: index.words.word(left))
        compound.append(contentsOf: index.words.word(right))
        let limit = EditDistance.tolerance(forLength: min(word.count, compound.count))
        let distance = limit > 0
            ? word.withUnsafeBufferPointer { a in compound.withUnsafeBufferPointer { b in EditDistance.distance(a, b, limit: limit) } }
            : (word == compound ? 0 : nil)
        compoundDistances[position].store(Int8(distance ?? -1), left, right)
        return distance
    }
}
