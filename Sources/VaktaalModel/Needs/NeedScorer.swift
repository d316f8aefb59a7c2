/// Scores concepts against the words of one need (or one part of it).
struct NeedScorer {
    let index: NeedIndex
    let words: [String]
    /// Per need word, the indexed words it may stand for.
    let similar: [[Int32: Double]]
    /// Per need word, how much it counts: the rarity of what it matches; 0 when it matches nothing.
    let weights: [Double]
    let totalWeight: Double
    /// The same similarities, one row per indexed word and a column per need word.
    let table: TokenScoreTable
    /// The need's words as one text.
    let part: String

    init(index: NeedIndex, words: [String], similar: [[Int32: Double]]) {
        self.index = index
        self.words = words
        self.similar = similar
        weights = similar.map { candidates in
            candidates.reduce(0.0) { Swift.max($0, $1.value >= 0.85 ? index.idf[Int($1.key)] : 0) }
                .nonZero(or: candidates.reduce(0.0) { Swift.max($0, index.idf[Int($1.key)] * $1.value) })
        }
        totalWeight = weights.reduce(0, +)
        table = TokenScoreTable(columns: similar)
        part = words.joined(separator: " ")
    }

    /// Per need word, the best similarity of one of `words` to it.
    private func bestScores(in words: [Int32]) -> [Double] {
        var best = [Double](repeating: 0, count: self.words.count)
        for word in words {
            let row = table.row(of: word)
            guard row >= 0 else { continue }
            for position in 0..<best.count { best[position].formMax(table.score(row: row, column: position)) }
        }
        return best
    }

    /// How much a need word counts when another label than the best one holds it.
    static let otherLabelWeight = 0.75
    /// How much it counts when only the definition holds it.
    static let definitionWeight = 0.5
    /// How much it counts when only the scope note holds it (sub-steps, machines, standards).
    static let scopeNoteWeight = 0.65

    /// The concepts holding a word similar to some need word, with an upper bound of the score
    /// `match` can give each (the weighted share of need words it holds a similar word for, at
    /// their best similarity times the weight of the field holding it), highest bound first.
    func candidates() -> [(concept: Int32, bound: Double)] {
        // Per concept and need word, the best similarity held; flat arrays, since common words
        // list many concepts.
        let width = words.count
        var held = [Double](repeating: 0, count: index.conceptCount * width)
        var touched: [Int32] = []
        var seen = [Bool](repeating: false, count: index.conceptCount)
        for (position, group) in similar.enumerated() where weights[position] > 0 {
            for (word, score) in group {
                for (field, fieldWeight) in [1, Self.scopeNoteWeight, Self.definitionWeight].enumerated() {
                    for concept in index.postings[field][Int(word)] {
                        if !seen[Int(concept)] { seen[Int(concept)] = true; touched.append(concept) }
                        held[Int(concept) * width + position].formMax(score * fieldWeight)
                    }
                }
            }
        }
        return touched.map { concept in
            var bound = 0.0
            for position in 0..<width { bound += weights[position] * held[Int(concept) * width + position] }
            return (concept, bound / totalWeight)
        }.sorted { ($0.bound, $1.concept) > ($1.bound, $0.concept) }
    }

    /// How well a concept fits, or nil when nothing of it matches.
    func match(_ concept: Int32) -> NeedMatch? {
        let labels = index.labels[Int(concept)]
        guard !labels.isEmpty else { return nil }
        let width = words.count
        var bestLabel = -1, bestNeed = 0.0, bestLabelCoverage = 0.0
        // Per need word: its best cover in the current label, in the best label so far, in any label.
        var cover = [Double](repeating: 0, count: width)
        var bestCover = cover, anyLabel = cover
        for (number, label) in labels.enumerated() {
            for position in 0..<width { cover[position] = 0 }
            var labelWeight = 0.0, labelUsed = 0.0
            for word in label.words {
                var used = 0.0
                let row = table.row(of: word)
                if row >= 0 {
                    for position in 0..<width {
                        let score = table.score(row: row, column: position)
                        cover[position].formMax(score)
                        used.formMax(score)
                    }
                }
                if index.isStopword[Int(word)] { continue }
                labelWeight += index.idf[Int(word)]
                labelUsed += index.idf[Int(word)] * used
            }
            var need = 0.0
            for position in 0..<width {
                need += weights[position] * cover[position]
                anyLabel[position].formMax(cover[position])
            }
            need /= totalWeight
            let labelCoverage = labelWeight > 0 ? labelUsed / labelWeight : 1
            if bestLabel < 0 || need + 0.05 * labelCoverage > bestNeed + 0.05 * bestLabelCoverage {
                (bestLabel, bestNeed, bestLabelCoverage) = (number, need, labelCoverage)
                for position in 0..<width { bestCover[position] = cover[position] }
            }
        }
        var covered = 0.0, usedDefinition = false
        var matched: [String] = []
        let fromDefinition = bestScores(in: index.definitionWords[Int(concept)])
        let fromNote = bestScores(in: index.noteWords[Int(concept)])
        for position in 0..<width {
            let fromLabels = Swift.max(bestCover[position], NeedScorer.otherLabelWeight * anyLabel[position])
            let fromNotes = Swift.max(NeedScorer.definitionWeight * fromDefinition[position], NeedScorer.scopeNoteWeight * fromNote[position])
            let cover = Swift.max(fromLabels, fromNotes)
            if cover > 0 { matched.append(words[position]) }
            if fromNotes > fromLabels { usedDefinition = true }
            covered += weights[position] * cover
        }
        let needCoverage = covered / totalWeight
        guard needCoverage > 0 else { return nil }
        let label = labels[bestLabel]
        // A label that leaves specific words of the need uncovered and has specific words of its
        // own ("MAG-lassen" for "TIG lassen") names a neighbour, not the need.
        let overlapOnly = needCoverage < 0.8 && bestLabelCoverage < 0.8
        let score = needCoverage * (0.7 + 0.3 * bestLabelCoverage) * (overlapOnly ? 0.75 : 1)
        return NeedMatch(concept: index.conceptIRIs[Int(concept)], score: score,
                         needCoverage: needCoverage, labelCoverage: bestLabelCoverage, label: label.text,
                         labelKind: label.kind, language: label.language, part: part,
                         matchedWords: matched, usedDefinition: usedDefinition)
    }
}

extension Double {
    func nonZero(or fallback: Double) -> Double { self > 0 ? self : fallback }

    mutating func formMax(_ other: Double) { if other > self { self = other } }
}
