/// An index over every label (pref, alt, hidden, SKOS-XL) and notation of a vocabulary, in every
/// language, built once per load, answering the queries an advisor types.
public struct LookupIndex: Sendable {
    let conceptIRIs: [String]
    let conceptSchemes: [[String]]
    let entries: [LabelEntry]
    /// Folded label → entries.
    let exact: [String: [Int]]
    /// Entry indices sorted by folded label, for prefix search.
    let sortedByLabel: [Int]
    /// Word → entries containing it.
    let byToken: [String: [Int]]
    /// Distinct words, by trigram, for typo-tolerant candidates.
    let tokenList: [String]
    let trigrams: [String: [Int]]

    /// Builds the index.
    public init(_ vocabulary: Vocabulary) {
        var entries: [LabelEntry] = []
        conceptIRIs = vocabulary.concepts.map(\.iri)
        conceptSchemes = vocabulary.concepts.map { vocabulary.schemes(of: $0) }
        for (index, concept) in vocabulary.concepts.enumerated() {
            for kind in LabelKind.allCases {
                for label in concept.allLabels(kind) {
                    entries.append(Self.entry(index, label.value, label.language, kind.rawValue))
                }
            }
            for notation in concept.notations {
                entries.append(Self.entry(index, notation.lexicalForm, nil, "notation"))
            }
        }
        self.entries = entries
        var exact: [String: [Int]] = [:]
        var byToken: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            exact[entry.normalized, default: []].append(index)
            for token in Set(entry.tokens) { byToken[token, default: []].append(index) }
        }
        self.exact = exact
        self.byToken = byToken
        sortedByLabel = entries.indices.sorted { entries[$0].normalized < entries[$1].normalized }
        tokenList = byToken.keys.sorted()
        var trigrams: [String: [Int]] = [:]
        for (index, token) in tokenList.enumerated() {
            for gram in Set(Self.trigrams(of: token)) { trigrams[gram, default: []].append(index) }
        }
        self.trigrams = trigrams
    }

    private static func entry(_ concept: Int, _ text: String, _ language: String?, _ kind: String) -> LabelEntry {
        let tokens = TextNormalizer.tokens(text)
        return LabelEntry(concept: concept, text: text, language: language, labelKind: kind,
                          normalized: tokens.joined(separator: " "), tokens: tokens)
    }

    /// The trigrams of a word padded with one space each side, so short words have some.
    static func trigrams(of token: String) -> [String] {
        let characters = Array(" " + token + " ")
        guard characters.count >= 3 else { return [String(characters)] }
        return (0...(characters.count - 3)).map { String(characters[$0..<$0 + 3]) }
    }

    /// The number of labels indexed.
    public var labelCount: Int { entries.count }
}
