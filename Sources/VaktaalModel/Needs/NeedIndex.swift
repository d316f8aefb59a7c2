/// An index of every concept's labels, notations and definitions in one language, for matching
/// training needs: each word knows how rare it is in the loaded vocabularies, so that specific
/// words ("koelinstallatie") count and generic ones ("installatie") count little.
public struct NeedIndex: Sendable {
    /// One label of a concept.
    struct Label: Sendable {
        var text: String
        var kind: String
        var language: String?
        var words: [Int32]
    }

    let conceptIRIs: [String]
    let labels: [[Label]]
    let definitionWords: [[Int32]]
    let noteWords: [[Int32]]
    let words: [[UInt8]]
    let stems: [[UInt8]]
    /// Per field (labels, scope notes, definitions), per word, the concepts holding it.
    let postings: [[[Int32]]]
    let idf: [Double]
    let isStopword: [Bool]
    let finder: NeedWordFinder
    /// The language indexed.
    public let language: String

    /// Indexes a vocabulary's labels and definitions in one language (concepts without a label in
    /// it are indexed with all their labels).
    public init(_ vocabulary: Vocabulary, language: String = "nl") {
        self.language = language
        var builder = Builder(language: language)
        for concept in vocabulary.concepts where !concept.isDeprecated { builder.add(concept) }
        conceptIRIs = builder.conceptIRIs
        labels = builder.labels
        definitionWords = builder.definitionWords
        noteWords = builder.noteWords
        let table = builder.table
        words = (0..<Int32(table.count)).map { Array(table.word($0)) }
        stems = words.map(NeedWords.stem(bytes:))
        finder = NeedWordFinder(table: table, stems: stems)
        isStopword = words.map { $0.count <= NeedWords.longestStopword && NeedWords.isStopword(String(decoding: $0, as: UTF8.self)) }
        // Which concepts hold a word, per field: labels, scope notes, definitions (each concept
        // once per field), and how many hold it anywhere.
        var postings = Array(repeating: Array(repeating: [Int32](), count: words.count), count: 3)
        var conceptsHolding = Array(repeating: 0, count: words.count)
        // The last concept listed per word and field, and counted per word: a concept's words
        // come one concept at a time, so this stands in for a set per concept.
        var lastListed = Array(repeating: Array(repeating: Int32(-1), count: words.count), count: 3)
        var lastCounted = Array(repeating: Int32(-1), count: words.count)
        for concept in 0..<Int32(builder.conceptIRIs.count) {
            let fields = [builder.labels[Int(concept)].flatMap(\.words), builder.noteWords[Int(concept)],
                          builder.definitionWords[Int(concept)]]
            for (field, words) in fields.enumerated() {
                for word in words where lastListed[field][Int(word)] != concept {
                    lastListed[field][Int(word)] = concept
                    postings[field][Int(word)].append(concept)
                    if lastCounted[Int(word)] != concept {
                        lastCounted[Int(word)] = concept
                        conceptsHolding[Int(word)] += 1
                    }
                }
            }
        }
        self.postings = postings
        let count = Double(builder.conceptIRIs.count)
        idf = conceptsHolding.map { Swift.max(0.05, Self.naturalLogarithm((count + 1) / (Double($0) + 0.5))) }
    }

    /// ln(x) for x > 0, without Foundation: x = m·2^e with m in [1, 2), ln m = 2·atanh((m−1)/(m+1)).
    static func naturalLogarithm(_ x: Double) -> Double {
        guard x > 0 else { return -.infinity }
        let t = (x.significand - 1) / (x.significand + 1)
        var term = t, sum = t
        for k in 1...12 {
            term *= t * t
            sum += term / Double(2 * k + 1)
        }
        return Double(x.exponent) * 0.693_147_180_559_945_3 + 2 * sum
    }

    /// The number of distinct words indexed.
    package var wordCount: Int { words.count }

    /// The number of concepts indexed.
    public var conceptCount: Int { conceptIRIs.count }

    /// Collects concepts one at a time, numbering their words in a ``TokenTable`` (bytes, no
    /// String per word).
    private struct Builder {
        let language: String
        var conceptIRIs: [String] = []
        var labels: [[Label]] = []
        var definitionWords: [[Int32]] = []
        var noteWords: [[Int32]] = []
        var table = TokenTable(capacity: 4096)

        init(language: String) { self.language = language }

        func inLanguage(_ tag: String?) -> Bool {
            guard let tag = tag?.lowercased() else { return true }
            return tag == language || tag.hasPrefix(language + "-")
        }

        mutating func add(_ concept: Concept) {
            var rows: [Label] = []
            let all = LabelKind.allCases.flatMap { kind in concept.allLabels(kind).map { (kind, $0) } }
            let chosen = all.contains { inLanguage($0.1.language) } ? all.filter { inLanguage($0.1.language) } : all
            for (kind, label) in chosen {
                let numbers = number(label.value)
                if !numbers.isEmpty { rows.append(Label(text: label.value, kind: kind.rawValue, language: label.language, words: numbers)) }
            }
            for notation in concept.notations {
                let numbers = number(notation.lexicalForm)
                if !numbers.isEmpty { rows.append(Label(text: notation.lexicalForm, kind: "notation", language: nil, words: numbers)) }
            }
            conceptIRIs.append(concept.iri)
            labels.append(rows)
            definitionWords.append(words(of: concept.notes(.definition)))
            // The scope note lists the trade's sub-steps, machines, standards and job titles.
            noteWords.append(words(of: concept.notes(.scopeNote)))
        }

        /// The distinct words of notes, in number order.
        mutating func words(of notes: [LangString]) -> [Int32] {
            let chosen = notes.contains { inLanguage($0.language) } ? notes.filter { inLanguage($0.language) } : notes
            var result: [Int32] = []
            for note in chosen { result += number(note.value) }
            result.sort()
            var distinct = 0
            for number in result where distinct == 0 || result[distinct - 1] != number {
                result[distinct] = number
                distinct += 1
            }
            result.removeLast(result.count - distinct)
            return result
        }

        /// The numbers of a text's folded words, in order.
        mutating func number(_ text: String) -> [Int32] {
            var numbers: [Int32] = []
            TextNormalizer.folded(text).withUnsafeBufferPointer { bytes in
                var start = 0
                for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
                    if end > start { numbers.append(table.insert(UnsafeBufferPointer(rebasing: bytes[start..<end]))) }
                    start = end + 1
                }
            }
            return numbers
        }
    }
}
