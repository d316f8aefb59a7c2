/// An index over every label (pref, alt, hidden, SKOS-XL) and notation of a vocabulary, in every
/// language, built once per load, answering the queries an advisor types.
///
/// Labels are stored column-wise; words are numbered, and each word lists the labels that contain
/// it, so that a query only ever touches the labels that share a word (or a near-word) with it.
public struct LookupIndex: Sendable {
    /// What kind of label an entry is.
    enum EntryKind: UInt8, Sendable {
        case preferred, alternative, hidden, notation

        var name: String {
            switch self {
            case .preferred: "prefLabel"
            case .alternative: "altLabel"
            case .hidden: "hiddenLabel"
            case .notation: "notation"
            }
        }
    }

    let conceptIRIs: [String]
    let conceptSchemes: [[String]]
    var languages: [String] = []
    // One row per label.
    var entryConcept: [Int32] = []
    var entryKind: [EntryKind] = []
    var entryLanguage: [Int16] = []
    var entryText: [String] = []
    var entryNormalized: [String] = []
    var entryTokenStart: [Int32] = [0]
    var entryTokens: [Int32] = []
    // Folded label → first entry, then a chain through `nextSameLabel`.
    var firstWithLabel: [ByteKey: Int32] = [:]
    var nextSameLabel: [Int32] = []
    // Words.
    var tokenIDs: [ByteKey: Int32] = [:]
    var tokens: [String] = []
    var postings: [[Int32]] = []
    /// Word IDs sorted by the word, for prefix search.
    var sortedTokens: [Int32] = []
    /// Byte trigram → words containing it, for typo-tolerant candidates.
    var trigrams: [UInt32: [Int32]] = [:]

    /// Builds the index.
    public init(_ vocabulary: Vocabulary) {
        conceptIRIs = vocabulary.concepts.map(\.iri)
        conceptSchemes = vocabulary.concepts.map { vocabulary.schemes(of: $0) }
        var languageIDs: [String: Int16] = [:]
        func languageID(_ language: String?, _ languages: inout [String]) -> Int16 {
            guard let language else { return -1 }
            if let id = languageIDs[language] { return id }
            languageIDs[language] = Int16(languages.count)
            languages.append(language)
            return Int16(languages.count - 1)
        }
        var builder = Builder()
        for (index, concept) in vocabulary.concepts.enumerated() {
            for (kind, labelKind) in [(EntryKind.preferred, LabelKind.preferred), (.alternative, .alternative), (.hidden, .hidden)] {
                for label in concept.allLabels(labelKind) {
                    let language = languageID(label.language, &languages)
                    builder.add(&self, concept: index, kind: kind, language: language, text: label.value)
                }
            }
            for notation in concept.notations {
                builder.add(&self, concept: index, kind: .notation, language: -1, text: notation.lexicalForm)
            }
        }
        sortedTokens = tokens.indices.map(Int32.init).sorted { tokens[Int($0)].utf8.lexicographicallyPrecedes(tokens[Int($1)].utf8) }
        for (id, token) in tokens.enumerated() {
            for gram in Set(Self.trigrams(of: token)) { trigrams[gram, default: []].append(Int32(id)) }
        }
    }

    /// The number of labels indexed.
    public var labelCount: Int { entryText.count }

    func tokenRange(_ entry: Int) -> Range<Int> { Int(entryTokenStart[entry])..<Int(entryTokenStart[entry + 1]) }

    func isPreferred(_ entry: Int) -> Bool { entryKind[entry] == .preferred || entryKind[entry] == .notation }

    /// Byte trigrams of a word padded with a space each side, packed in 24 bits.
    static func trigrams(of token: String) -> [UInt32] {
        let bytes = [0x20] + Array(token.utf8) + [0x20]
        guard bytes.count >= 3 else { return [] }
        return (0...(bytes.count - 3)).map { UInt32(bytes[$0]) << 16 | UInt32(bytes[$0 + 1]) << 8 | UInt32(bytes[$0 + 2]) }
    }

    /// Adds labels one by one.
    private struct Builder {
        mutating func add(_ index: inout LookupIndex, concept: Int, kind: EntryKind, language: Int16, text: String) {
            let words = TextNormalizer.tokens(text)
            guard !words.isEmpty else { return }
            let entry = Int32(index.entryText.count)
            let normalized = words.joined(separator: " ")
            index.entryConcept.append(Int32(concept))
            index.entryKind.append(kind)
            index.entryLanguage.append(language)
            index.entryText.append(text)
            index.entryNormalized.append(normalized)
            let key = ByteKey(normalized)
            index.nextSameLabel.append(index.firstWithLabel[key] ?? -1)
            index.firstWithLabel[key] = entry
            for word in words {
                let id: Int32
                if let known = index.tokenIDs[ByteKey(word)] {
                    id = known
                } else {
                    id = Int32(index.tokens.count)
                    index.tokenIDs[ByteKey(word)] = id
                    index.tokens.append(word)
                    index.postings.append([])
                }
                index.entryTokens.append(id)
                if index.postings[Int(id)].last != entry { index.postings[Int(id)].append(entry) }
            }
            index.entryTokenStart.append(Int32(index.entryTokens.count))
        }
    }
}
