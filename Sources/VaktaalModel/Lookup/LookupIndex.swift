/// An index over every label (pref, alt, hidden, SKOS-XL) and notation of a vocabulary, in every
/// language, built once per load, answering the queries an advisor types.
///
/// Labels are stored column-wise; words are numbered, and each word lists the labels that contain
/// it, so that a query only ever touches the labels that share a word (or a near-word) with it.
/// Everything is flat arrays of numbers and bytes: no String, dictionary or array per label or word.
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

    let conceptIRIs: TextColumn
    /// The distinct scheme IRIs, and for each concept the numbers of its schemes.
    let schemeIRIs: [String]
    let conceptSchemes: [[Int32]]
    let languages: [String]
    // One row per label.
    let entryConcept: Column<Int32>
    let entryKind: Column<EntryKind>
    let entryLanguage: Column<Int16>
    /// The text of every label as given (not folded), end to end, and where each starts; one
    /// more start than there are labels.
    let entryText: Column<UInt8>
    let entryTextStart: Column<UInt32>
    /// Where each label's words start in `entryTokens`; one more element than there are labels.
    let entryTokenStart: Column<Int32>
    let entryTokens: Column<Int32>
    /// Folded label → entries with that label.
    let labels: LabelTable
    // Words.
    let words: TokenTable
    let postings: PostingLists
    /// Word numbers sorted by the word's bytes, for prefix search.
    let sortedTokens: Column<Int32>
    /// Byte trigram → words containing it, for typo-tolerant candidates.
    let trigrams: TrigramIndex

    /// Builds the index.
    public init(_ vocabulary: Vocabulary) {
        conceptIRIs = TextColumn(vocabulary.concepts.map(\.iri))
        var schemeNumbers: [String: Int32] = [:]
        var schemeIRIs: [String] = []
        conceptSchemes = vocabulary.concepts.map { concept in
            vocabulary.schemes(of: concept).map { scheme in
                if let number = schemeNumbers[scheme] { return number }
                schemeNumbers[scheme] = Int32(schemeIRIs.count)
                schemeIRIs.append(scheme)
                return Int32(schemeIRIs.count - 1)
            }
        }
        self.schemeIRIs = schemeIRIs
        var builder = Builder(vocabulary)
        for (index, concept) in vocabulary.concepts.enumerated() {
            for (kind, labelKind) in [(EntryKind.preferred, LabelKind.preferred), (.alternative, .alternative), (.hidden, .hidden)] {
                // Plain labels, then SKOS-XL ones, as `allLabels` has them, without copying them.
                for label in concept.labels[labelKind] ?? [] {
                    builder.add(concept: index, kind: kind, language: label.language, text: label.value)
                }
                for label in concept.xlLabels[labelKind] ?? [] {
                    builder.add(concept: index, kind: kind, language: label.literalForm.language, text: label.literalForm.value)
                }
            }
            for notation in concept.notations {
                builder.add(concept: index, kind: .notation, language: nil, text: notation.lexicalForm)
            }
        }
        languages = builder.languages
        entryConcept = Column(builder.entryConcept)
        entryKind = Column(builder.entryKind)
        entryLanguage = Column(builder.entryLanguage)
        entryText = Column(builder.entryText)
        entryTextStart = Column(builder.entryTextStart)
        entryTokenStart = Column(builder.entryTokenStart)
        entryTokens = Column(builder.entryTokens)
        words = builder.words
        labels = LabelTable(entryTokens: builder.entryTokens, entryTokenStart: builder.entryTokenStart)
        postings = PostingLists(entryTokens: builder.entryTokens, entryTokenStart: builder.entryTokenStart, tokenCount: words.count)
        sortedTokens = Column(Self.sortedByBytes(words))
        trigrams = TrigramIndex(words)
    }

    /// The number of labels indexed.
    public var labelCount: Int { entryTextStart.count - 1 }

    /// The text of a label as given.
    func text(ofEntry entry: Int) -> String {
        String(decoding: entryText[Int(entryTextStart[entry])..<Int(entryTextStart[entry + 1])], as: UTF8.self)
    }

    func tokenRange(_ entry: Int) -> Range<Int> { Int(entryTokenStart[entry])..<Int(entryTokenStart[entry + 1]) }

    func isPreferred(_ entry: Int) -> Bool { entryKind[entry] == .preferred || entryKind[entry] == .notation }

    /// Word numbers in the byte order of their words. Comparing the first eight bytes as one
    /// number settles nearly every comparison.
    private static func sortedByBytes(_ words: TokenTable) -> [Int32] {
        let keys = (0..<Int32(words.count)).map { id in
            words.withWord(id) { bytes in bytes.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) } << (8 * UInt64(8 - min(8, bytes.count))) }
        }
        return (0..<Int32(words.count)).sorted { a, b in
            if keys[Int(a)] != keys[Int(b)] { return keys[Int(a)] < keys[Int(b)] }
            return words.word(a).lexicographicallyPrecedes(words.word(b))
        }
    }
}
