/// Scores concepts against the words of one need (or one part of it).
struct NeedScorer {
    let index: NeedIndex
    let words: [String]
    /// Per need word, the indexed words it may stand for.
    let similar: [[Int32: Double]]
    /// Per need word, how much it counts: the rarity of what it matches; 0 when it matches nothing.
    let weights: [Double]
    let totalWeight: Double

    init(index: NeedIndex, words: [String], similar: [[Int32: Double]]) {
        self.index = index
        self.words = words
        self.similar = similar
        weights = similar.map { candidates in
            candidates.reduce(0.0) { Swift.max($0, $1.value >= 0.85 ? index.idf[Int($1.key)] : 0) }
                .nonZero(or: candidates.reduce(0.0) { Swift.max($0, index.idf[Int($1.key)] * $1.value) })
        }
        totalWeight = weights.reduce(0, +)
    }

    /// How much a need word counts when another label than the best one holds it.
    static let otherLabelWeight = 0.75
    /// How much it counts when only the definition holds it.
    static let definitionWeight = 0.5
    /// How much it counts when only the scope note holds it (sub-steps, machines, standards).
    static let scopeNoteWeight = 0.65

    /// The concepts holding a word similar to some need word, ascending.
    func candidates() -> [Int32] {
        var result = Set<Int32>()
        for group in similar {
            for word in group.keys { result.formUnion(index.postings[Int(word)]) }
        }
        return result.sorted()
    }

    /// How well a concept fits, or nil when nothing of it matches.
    func match(_ concept: Int32) -> NeedMatch? {
        let labels = index.labels[Int(concept)]
        guard !labels.isEmpty else { return nil }
        var bestLabel = -1, bestNeed = 0.0, bestLabelCoverage = 0.0
        var bestCover: [Double] = []
        var anyLabel = Array(repeating: 0.0, count: words.count)
        for (number, label) in labels.enumerated() {
            var cover = Array(repeating: 0.0, count: words.count)
            var labelWeight = 0.0, labelUsed = 0.0
            for word in label.words {
                var used = 0.0
                for position in 0..<words.count {
                    guard let score = similar[position][word] else { continue }
                    cover[position] = Swift.max(cover[position], score)
                    used = Swift.max(used, score)
                }
                if index.isStopword[Int(word)] { continue }
                labelWeight += index.idf[Int(word)]
                labelUsed += index.idf[Int(word)] * used
            }
            var need = 0.0
            for position in 0..<words.count {
                need += weights[position] * cover[position]
                anyLabel[position] = Swift.max(anyLabel[position], cover[position])
            }
            need /= totalWeight
            let labelCoverage = labelWeight > 0 ? labelUsed / labelWeight : 1
            if bestLabel < 0 || need + 0.05 * labelCoverage > bestNeed + 0.05 * bestLabelCoverage {
                (bestLabel, bestNeed, bestLabelCoverage, bestCover) = (number, need, labelCoverage, cover)
            }
        }
        var covered = 0.0, usedDefinition = false
        var matched: [String] = []
        let definition = index.definitionWords[Int(concept)], note = index.noteWords[Int(concept)]
        for position in 0..<words.count {
            var fromDefinition = 0.0, fromNote = 0.0
            for word in definition {
                if let score = similar[position][word] { fromDefinition = Swift.max(fromDefinition, score) }
            }
            for word in note {
                if let score = similar[position][word] { fromNote = Swift.max(fromNote, score) }
            }
            let fromLabels = Swift.max(bestCover[position], NeedScorer.otherLabelWeight * anyLabel[position])
            let fromNotes = Swift.max(NeedScorer.definitionWeight * fromDefinition, NeedScorer.scopeNoteWeight * fromNote)
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
                         labelKind: label.kind, language: label.language, part: words.joined(separator: " "),
                         matchedWords: matched, usedDefinition: usedDefinition)
    }
}

extension Double {
    func nonZero(or fallback: Double) -> Double { self > 0 ? self : fallback }
}
