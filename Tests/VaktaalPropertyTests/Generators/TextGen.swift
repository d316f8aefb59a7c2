import PropertyBased

/// Generators of the texts in a vocabulary: labels, notes and language tags.
///
/// Every text starts with a word (so that it is never only punctuation), followed by a tail drawn
/// from characters that writers have to escape or keep exactly: Dutch diacritics, quotes, line
/// breaks, tabs, markup characters, a combining accent, astral characters. Characters are chosen
/// by index, so shrinking moves a text towards the first word with no tail.
enum TextGen {
    /// Words to start a text with: Dutch and other words with diacritics.
    static let words = [
        "lassen", "vijlen", "één", "ĳzer", "naïef", "coöperatie", "zeeën", "café", "welding", "Löten",
        "Ångström", "garçon", "smeden", "draaien", "frezen", "België", "reünie", "Zürich",
    ]

    /// The characters a tail is drawn from.
    static let characters: [Character] = [
        "a", "e", "n", " ", "s", "t", "é", "ë", "ï", "ö", "ü", "è", "ĳ", "Ĳ", "ç", "Z", "0", "7",
        "\"", "'", "\n", "\t", "\r", "\\", "<", ">", "&", "#", "%", ":", "/", ";", ",", ".", "-", "_",
        "@", "|", "?", "{", "}", "[", "]", "ß", "ø", "中", "文", "Ω", "𝄞", "😀", "\u{00A0}", "e\u{0301}",
    ]

    /// Language tags: Dutch first (the shrink target), untagged, and region subtags.
    static let languages: [String?] = ["nl", "en", nil, "de", "fr", "nl-be", "en-gb", "fy"]

    /// A text: a word and a tail of up to `tail` characters.
    static func text(tail: ClosedRange<Int> = 0...6) -> Generator<String, some SendableSequenceType> {
        zip(Gen.int(in: 0...(words.count - 1)), Gen.int(in: 0...(characters.count - 1)).array(of: tail))
            .map { word, tail in words[word] + String(tail.map { characters[$0] }) }
    }

    /// A language tag or none.
    static var language: Generator<String?, some SendableSequenceType> {
        Gen.int(in: 0...(languages.count - 1)).map { languages[$0] }
    }

    /// A notation: letters, digits, dots and dashes.
    static var notation: Generator<String, some SendableSequenceType> {
        let alphabet = Array("A0B1C2.-9Z")
        return Gen.int(in: 0...(alphabet.count - 1)).array(of: 1...5).map { String($0.map { alphabet[$0] }) }
    }
}
