/// Compares concepts' definitions in one language: each definition as the set of its word stems
/// that carry meaning, each stem weighted by its rarity among all definitions (IDF), compared by
/// the cosine of the two weighted sets.
struct DefinitionSimilarity: Sendable {
    private let stems: [String: [Int32: Double]]
    private let norms: [String: Double]

    /// Indexes the definitions (`language`, else any) of every concept of a vocabulary.
    init(_ vocabulary: Vocabulary, language: String) {
        var numbers: [String: Int32] = [:]
        var sets: [String: Set<Int32>] = [:]
        var frequency: [Int32: Int] = [:]
        for concept in vocabulary.concepts where !concept.isDeprecated {
            let notes = concept.notes(.definition)
            let chosen = notes.filter { $0.language == language }
            guard let text = (chosen.isEmpty ? notes : chosen).first?.value else { continue }
            var set: Set<Int32> = []
            for word in TextNormalizer.tokens(text) where word.count > 2 && !NeedWords.isStopword(word) {
                let stem = NeedWords.stem(word)
                let number = numbers[stem] ?? Int32(numbers.count)
                numbers[stem] = number
                set.insert(number)
            }
            for number in set { frequency[number, default: 0] += 1 }
            sets[concept.iri] = set
        }
        let count = Double(sets.count)
        var stems: [String: [Int32: Double]] = [:]
        var norms: [String: Double] = [:]
        for (iri, set) in sets {
            var weights: [Int32: Double] = [:]
            var norm = 0.0
            for number in set {
                let weight = NeedIndex.naturalLogarithm((count + 1) / (Double(frequency[number] ?? 0) + 0.5))
                weights[number] = weight
                norm += weight * weight
            }
            stems[iri] = weights
            norms[iri] = norm.squareRoot()
        }
        self.stems = stems
        self.norms = norms
    }

    /// The cosine similarity of two concepts' definitions; nil when either has none.
    func similarity(_ first: String, _ second: String) -> Double? {
        guard let left = stems[first], let right = stems[second], let a = norms[first], let b = norms[second],
              a > 0, b > 0 else { return nil }
        var dot = 0.0
        let (small, large) = left.count <= right.count ? (left, right) : (right, left)
        for (number, weight) in small { if let other = large[number] { dot += weight * other } }
        return dot / (a * b)
    }
}
