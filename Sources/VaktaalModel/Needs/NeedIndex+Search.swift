extension NeedIndex {
    /// Concepts for a training need, most relevant first.
    /// - Parameters:
    ///   - need: The analysed need.
    ///   - accept: Which concepts may be returned (by IRI); all when nil.
    ///   - limit: The most concepts to return.
    ///   - minimumScore: Concepts scoring lower are left out.
    public func search(_ need: NeedQuery, accept: ((String) -> Bool)? = nil, limit: Int = 10,
                       minimumScore: Double = 0.2) -> [NeedMatch] {
        let accepted = accept.map { accept in { (concept: Int32) in accept(conceptIRIs[Int(concept)]) } }
        return search(prepare(need), accept: accepted, limit: limit, minimumScore: minimumScore)
    }

    /// A need's words (compounds split) with the indexed words each may stand for, found once for
    /// any number of searches.
    package struct PreparedNeed {
        let words: [String]
        let parts: [[String]]
        let similar: [String: [Int32: Double]]

        /// The same need searched as one whole: its parts are not scored on their own (a
        /// definition's clauses are no separate needs).
        package var whole: PreparedNeed { PreparedNeed(words: words, parts: [], similar: similar) }
    }

    /// Prepares a need for ``search(_:accept:limit:minimumScore:)-(PreparedNeed,_,_,_)``.
    package func prepare(_ need: NeedQuery) -> PreparedNeed {
        let words = splittingCompounds(need.words)
        let similar = Dictionary(words.map { ($0, similarWords(to: $0)) }, uniquingKeysWith: { first, _ in first })
        return PreparedNeed(words: words, parts: need.hasSeveralParts ? need.parts.map(splittingCompounds) : [], similar: similar)
    }

    /// Searches with a prepared need; `accept` takes concept numbers (positions in the index's concept list).
    package func search(_ need: PreparedNeed, accept: ((Int32) -> Bool)?, limit: Int, minimumScore: Double) -> [NeedMatch] {
        guard !need.words.isEmpty else { return [] }
        let similar = need.similar
        var best: [Int32: NeedMatch] = [:]
        let parts = [need.words] + need.parts
        for (number, part) in parts.enumerated() {
            let factor = number == 0 ? 1.0 : 0.92
            let scorer = NeedScorer(index: self, words: part, similar: part.map { similar[$0] ?? [:] })
            guard scorer.totalWeight > 0 else { continue }
            // Candidates come highest bound first: once a bound cannot beat the `limit`-th best
            // score so far, no later candidate can, and the rest are not scored.
            var scores = best.values.map(\.score).sorted(by: >)
            for (concept, bound) in scorer.candidates() {
                let threshold = Swift.max(minimumScore, limit > 0 && scores.count >= limit ? scores[limit - 1] : 0)
                if bound * factor < threshold { break }
                if let accept, !accept(concept) { continue }
                guard var match = scorer.match(concept) else { continue }
                match.score *= factor
                if let current = best[concept] {
                    if current.score >= match.score { continue }
                    scores.remove(at: scores.firstIndex(of: current.score)!)
                }
                best[concept] = match
                scores.insert(match.score, at: scores.firstIndex { $0 < match.score } ?? scores.count)
            }
        }
        return best.values.filter { $0.score >= minimumScore }
            .sorted { ($0.score, $1.concept) > ($1.score, $0.concept) }
            .prefix(limit).map { $0 }
    }

    /// The words with each compound that is not indexed as a whole but whose two parts are
    /// ("hydrauliekschemas" → "hydrauliek", "schemas"; a linking s is dropped) split in two, so
    /// that both parts count, each with its own rarity.
    package func splittingCompounds(_ words: [String]) -> [String] {
        words.flatMap { compoundParts(of: $0) ?? [$0] }
    }

    /// The two indexed parts of a compound that is not indexed itself, the most even cut first;
    /// nil when the word is indexed or no cut gives two indexed words of at least four letters.
    package func compoundParts(of word: String) -> [String]? {
        let bytes = Array(word.utf8)
        guard bytes.count >= 8, !isIndexed(bytes) else { return nil }
        var best: (left: [UInt8], right: [UInt8])?
        for cut in 4...(bytes.count - 4) {
            var left = Array(bytes[..<cut])
            let right = Array(bytes[cut...])
            guard isIndexed(right) else { continue }
            if !isIndexed(left), left.count >= 5, left.last == UInt8(ascii: "s") { left.removeLast() }
            guard isIndexed(left) else { continue }
            if let current = best, min(current.left.count, current.right.count) >= min(left.count, right.count) { continue }
            best = (left, right)
        }
        return best.map { [String(decoding: $0.left, as: UTF8.self), String(decoding: $0.right, as: UTF8.self)] }
    }

    /// Whether a word (or another form of it) is indexed and carries a skill.
    private func isIndexed(_ word: [UInt8]) -> Bool {
        let text = String(decoding: word, as: UTF8.self)
        return !NeedWords.isStopword(text) && finder.isIndexed(word: word, stem: Array(NeedWords.stem(text).utf8))
    }

    /// The indexed words a need's word may stand for, with a similarity in 0…1: the word itself,
    /// another form of it (same stem), a typo, a compound that starts or ends with it, or a part
    /// of it when it is a compound.
    package func similarWords(to word: String) -> [Int32: Double] {
        let query = Array(word.utf8)
        let queryStem = Array(NeedWords.stem(word).utf8)
        let tolerance = EditDistance.tolerance(forLength: query.count)
        var result: [Int32: Double] = [:]
        for number in finder.candidates(word: query, stem: queryStem, tolerance: tolerance) {
            let score = similarity(of: Int(number), to: query, stem: queryStem, tolerance: tolerance)
            if score > 0 { result[number] = score }
        }
        return result
    }

    /// The text of an indexed word.
    package func word(_ number: Int32) -> String { String(decoding: words[Int(number)], as: UTF8.self) }

    /// How similar an indexed word is to a need's word (0 when not at all). A typo of a
    /// four-letter word keeps its first letter: "meet" is not taken for "heet", nor "lood" for "hood".
    package func similarity(of number: Int, to query: [UInt8], stem queryStem: [UInt8], tolerance: Int) -> Double {
        let candidate = words[number], candidateStem = stems[number]
        if candidate == query { return 1 }
        if candidateStem == queryStem, queryStem.count >= 3 { return 0.92 }
        var score = 0.0
        if tolerance > 0, abs(candidate.count - query.count) <= tolerance, candidate.count >= 4,
           query.count > 4 || candidate.first == query.first,
           let distance = EditDistance.distance(query, candidate, limit: tolerance) {
            score = 0.88 - 0.1 * Double(distance - 1)
        }
        if queryStem.count >= 4, candidateStem.count >= queryStem.count + 3 {
            if candidateStem.starts(with: queryStem) { score = Swift.max(score, 0.75) }
            if candidateStem.ends(with: queryStem) { score = Swift.max(score, 0.72) }
        }
        if candidateStem.count >= 4, queryStem.count >= candidateStem.count + 3, !isStopword[number] {
            if queryStem.ends(with: candidateStem) { score = Swift.max(score, 0.6) }
            if queryStem.starts(with: candidateStem) { score = Swift.max(score, 0.45) }
        }
        return score
    }
}

extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
