extension LookupIndex {
    /// Collects the label columns one label at a time: folds the label's bytes into a reused
    /// buffer and numbers its words in the token table.
    struct Builder {
        var languages: [String] = []
        var entryConcept: [Int32] = []
        var entryKind: [EntryKind] = []
        var entryLanguage: [Int16] = []
        var entryText: [UInt8] = []
        var entryTextStart: [UInt32] = [0]
        var entryTokenStart: [Int32] = [0]
        var entryTokens: [Int32] = []
        var words: TokenTable
        private var languageIDs: [String: Int16] = [:]
        /// Packed tags and their numbers by cache slot; no packed tag is all ones.
        private var recentLanguages = [UInt64](repeating: .max, count: 64)
        private var recentLanguageIDs = [Int16](repeating: 0, count: 64)

        /// A builder with room for the labels of a vocabulary.
        init(_ vocabulary: Vocabulary) {
            var labelCount = 0
            for concept in vocabulary.concepts {
                labelCount += concept.notations.count
                for labels in concept.labels.values { labelCount += labels.count }
                for labels in concept.xlLabels.values { labelCount += labels.count }
            }
            entryConcept.reserveCapacity(labelCount)
            entryKind.reserveCapacity(labelCount)
            entryLanguage.reserveCapacity(labelCount)
            entryTextStart.reserveCapacity(labelCount + 1)
            entryTokenStart.reserveCapacity(labelCount + 1)
            entryTokens.reserveCapacity(4 * labelCount)
            words = TokenTable(capacity: max(64, labelCount / 16))
        }

        /// Adds a label; one without words (only punctuation, say) is left out.
        mutating func add(concept: Int, kind: EntryKind, language: String?, text: String) {
            var text = text
            let hasWords = text.withUTF8 { bytes in
                guard !bytes.isEmpty else { return false }
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: UTF8Folder.capacity(forFolding: bytes.count)) { buffer in
                    let count = UTF8Folder.fold(bytes, into: buffer.baseAddress!)
                    guard count > 0 else { return false }
                    addWords(UnsafeBufferPointer(rebasing: buffer[..<count]))
                    return true
                }
            }
            guard hasWords else { return }
            entryConcept.append(Int32(concept))
            entryKind.append(kind)
            entryLanguage.append(languageID(language))
            text.withUTF8 { entryText.append(contentsOf: $0) }
            precondition(entryText.count < Int(UInt32.max), "over 4 GB of label text")
            entryTextStart.append(UInt32(entryText.count))
        }

        /// Numbers the words of a folded label and closes its row of words.
        private mutating func addWords(_ folded: UnsafeBufferPointer<UInt8>) {
            var start = 0
            for index in 0...folded.count where index == folded.count || folded[index] == 0x20 {
                entryTokens.append(words.insert(UnsafeBufferPointer(rebasing: folded[start..<index])))
                start = index + 1
            }
            entryTokenStart.append(Int32(entryTokens.count))
        }

        /// The number of a language tag. Tags of up to seven bytes (nearly all) are packed in one
        /// integer (bytes, then the length in the top byte) and found in a small direct-mapped
        /// cache, without hashing a String.
        private mutating func languageID(_ language: String?) -> Int16 {
            guard var language else { return -1 }
            let packed = language.withUTF8 { bytes in
                bytes.count <= 7 ? bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } | UInt64(bytes.count) << 56 : nil
            }
            guard let packed else { return number(ofLanguage: language) }
            let slot = Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 58)
            if recentLanguages[slot] == packed { return recentLanguageIDs[slot] }
            let id = number(ofLanguage: language)
            recentLanguages[slot] = packed
            recentLanguageIDs[slot] = id
            return id
        }

        private mutating func number(ofLanguage language: String) -> Int16 {
            if let id = languageIDs[language] { return id }
            let id = Int16(languages.count)
            languages.append(language)
            languageIDs[language] = id
            return id
        }
    }
}
