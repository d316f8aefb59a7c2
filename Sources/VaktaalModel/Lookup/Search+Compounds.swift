extension Search {
    /// Splits a compound (`koperleiding`) into indexed words (`koper…`, `leiding`): every cut
    /// leaving at least three letters on the left and four on the right, where the right part (or
    /// it without a linking `s`) is a word and the left part is a word or starts some.
    func addCompoundParts(of word: [UInt8], to result: inout [Int32: Double]) {
        guard word.allSatisfy({ $0 < 0x80 }) else {
            addCompoundParts(ofNonASCII: String(decoding: word, as: UTF8.self), to: &result)
            return
        }
        // ASCII: one byte per character.
        guard word.count >= 7 else { return }
        for cut in 3...(word.count - 4) {
            let left = word[..<cut], right = word[cut...]
            var rightID = index.words.id(of: right)
            if rightID == nil, right.first == UInt8(ascii: "s") { rightID = index.words.id(of: right.dropFirst()) }
            guard let rightID else { continue }
            add(rightID: rightID, left: index.words.id(of: left).map { [$0] } ?? index.tokens(withPrefix: left, limit: 20), to: &result)
        }
    }

    /// The same cuts between characters (grapheme clusters) of a word that is not all ASCII.
    private func addCompoundParts(ofNonASCII word: String, to result: inout [Int32: Double]) {
        let characters = Array(word)
        guard characters.count >= 7 else { return }
        for cut in 3...(characters.count - 4) {
            let left = Array(String(characters[..<cut]).utf8)
            var right = String(characters[cut...])
            if index.words.id(of: right.utf8) == nil, right.hasPrefix("s"), index.words.id(of: right.dropFirst().utf8) != nil {
                right = String(right.dropFirst())
            }
            guard let rightID = index.words.id(of: right.utf8) else { continue }
            add(rightID: rightID, left: index.words.id(of: left).map { [$0] } ?? index.tokens(withPrefix: left, limit: 20), to: &result)
        }
    }

    private func add(rightID: Int32, left: [Int32], to result: inout [Int32: Double]) {
        guard !left.isEmpty else { return }
        result[rightID] = max(result[rightID] ?? 0, 0.75)
        for token in left { result[token] = max(result[token] ?? 0, 0.75) }
    }
}
