extension NeedIndex {
    /// Concepts for a training need, most relevant first.
    /// - Parameters:
    ///   - need: The analysed need.
    ///   - accept: Which concepts may be returned (by IRI); all when nil.
    ///   - limit: The most concepts to return.
    ///   - minimumScore: Concepts scoring lower are left out.
    public func search(_ need: NeedQuery, accept: ((String) -> Bool)? = nil, limit: Int = 10,
                       minimumScore: Double = 0.2) -> [NeedMatch] {
        guard !need.words.isEmpty else { return [] }
        let similar = Dictionary(need.words.map { ($0, similarWords(to: $0)) }, uniquingKeysWith: { first, _ in first })
        var best: [Int32: NeedMatch] = [:]
        let parts = need.hasSeveralParts ? [need.words] + need.parts : [need.words]
        for (number, part) in parts.enumerated() {
            let factor = number == 0 ? 1.0 : 0.92
            let scorer = NeedScorer(index: self, words: part, similar: part.map { similar[$0] ?? [:] })
            guard scorer.totalWeight > 0 else { continue }
            for concept in scorer.candidates() {
                if let accept, !accept(conceptIRIs[Int(concept)]) { continue }
                guard var match = scorer.match(concept) else { continue }
                match.score *= factor
                if number > 0 || !need.hasSeveralParts { match.part = part.joined(separator: " ") }
                if let current = best[concept], current.score >= match.score { continue }
                best[concept] = match
            }
        }
        return best.values.filter { $0.score >= minimumScore }
            .sorted { ($0.score, $1.concept) > ($1.score, $0.concept) }
            .prefix(limit).map { $0 }
    }

    /// The indexed words a need's word may stand for, with a similarity in 0…1: the word itself,
    /// another form of it (same stem), a typo, a compound that starts or ends with it, or a part
    /// of it when it is a compound.
    func similarWords(to word: String) -> [Int32: Double] {
        let query = Array(word.utf8)
        let queryStem = Array(NeedWords.stem(word).utf8)
        let tolerance = EditDistance.tolerance(forLength: query.count)
        var result: [Int32: Double] = [:]
        for number in 0..<words.count {
            let candidate = words[number], candidateStem = stems[number]
            var score = 0.0
            if candidate == query {
                score = 1
            } else if candidateStem == queryStem, queryStem.count >= 3 {
                score = 0.92
            } else {
                if tolerance > 0, abs(candidate.count - query.count) <= tolerance, candidate.count >= 4,
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
            }
            if score > 0 { result[Int32(number)] = score }
        }
        return result
    }
}

extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
