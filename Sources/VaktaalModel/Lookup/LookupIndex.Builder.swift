extension LookupIndex {
    /// Collects the label columns one label at a time: folds the label's bytes into a reused
    /// buffer and numbers its words in the token table.
    struct Builder {
        var languages: [String] = []
        var entryConcept: [Int32] = []
        var entryKind: [EntryKind] = []
        var entryLanguage: [Int16] = []
        var entryText: [String] = []
        var entryTokenStart: [Int32] = [0]
        var entryTokens: [Int32] = []
        var words: TokenTable
        private var languageIDs: [String: Int16] = [:]
        private var folded: [UInt8] = []

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
            entryText.reserveCapacity(labelCount)
            entryTokenStart.reserveCapacity(labelCount + 1)
            entryTokens.reserveCapacity(4 * labelCount)
            words = TokenTable(capacity: max(64, labelCount / 16))
            folded.reserveCapacity(256)
        }

        /// Adds a label; one without words (only punctuation, say) is left out.
        mutating func add(concept: Int, kind: EntryKind, language: String?, text: String) {
            folded.removeAll(keepingCapacity: true)
            var text = text
            text.withUTF8 { UTF8Folder.appendFolded($0, to: &folded) }
            guard !folded.isEmpty else { return }
            entryConcept.append(Int32(concept))
            entryKind.append(kind)
            entryLanguage.append(languageID(language))
            entryText.append(text)
            folded.withUnsafeBufferPointer { bytes in
                var start = 0
                for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
                    entryTokens.append(words.insert(UnsafeBufferPointer(rebasing: bytes[start..<index])))
                    start = index + 1
                }
            }
            entryTokenStart.append(Int32(entryTokens.count))
        }

        private mutating func languageID(_ language: String?) -> Int16 {
            guard let language else { return -1 }
            if let id = languageIDs[language] { return id }
            languageIDs[language] = Int16(languages.count)
            languages.append(language)
            return Int16(languages.count - 1)
        }
    }
}
