/// Folds text the way a Dutch user expects a search to: case and diacritics ignored
/// (`inspiciënt` = `inspicient`), punctuation, hyphens and slashes as word breaks
/// (`MIG/MAG-lassen` = `mig mag lassen`).
package enum TextNormalizer {
    /// The words of a text, folded.
    package static func tokens(_ text: String) -> [String] {
        folded(text).split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The folded text with single spaces between words.
    package static func normalize(_ text: String) -> String {
        String(decoding: folded(text), as: UTF8.self)
    }

    /// The folded words' UTF-8 bytes, a single space between two words.
    static func folded(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            Array(unsafeUninitializedCapacity: UTF8Folder.capacity(forFolding: bytes.count)) { output, count in
                count = output.isEmpty ? 0 : UTF8Folder.fold(bytes, into: output.baseAddress!)
            }
        }
    }

    /// A non-ASCII letter or digit folded to its base letter where it has one, lower-cased
    /// otherwise; empty for combining marks; nil for anything that separates words.
    static func fold(_ scalar: Unicode.Scalar) -> String? {
        if let mapped = latinFolding[scalar.value] { return mapped }
        let properties = scalar.properties
        if properties.generalCategory == .nonspacingMark { return "" }
        guard properties.isAlphabetic || properties.numericType != nil else { return nil }
        return properties.lowercaseMapping
    }

    /// Latin letters with diacritics and ligatures, to their base letters.
    static let latinFolding: [UInt32: String] = {
        let table: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("ÀÁÂÃÄÅĀĂĄ", "a"), ("çćĉċč", "c"), ("ÇĆĈĊČ", "c"), ("ďđ", "d"), ("ĎĐ", "d"),
            ("èéêëēĕėęě", "e"), ("ÈÉÊËĒĔĖĘĚ", "e"), ("ĝğġģ", "g"), ("ĜĞĠĢ", "g"), ("ĥħ", "h"), ("ĤĦ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ÌÍÎÏĨĪĬĮİ", "i"), ("ĵ", "j"), ("Ĵ", "j"), ("ķ", "k"), ("Ķ", "k"),
            ("ĺļľŀł", "l"), ("ĹĻĽĿŁ", "l"), ("ñńņňŉ", "n"), ("ÑŃŅŇ", "n"), ("òóôõöøōŏő", "o"), ("ÒÓÔÕÖØŌŎŐ", "o"),
            ("ŕŗř", "r"), ("ŔŖŘ", "r"), ("śŝşšș", "s"), ("ŚŜŞŠȘ", "s"), ("ţťŧț", "t"), ("ŢŤŦȚ", "t"),
            ("ùúûüũūŭůűų", "u"), ("ÙÚÛÜŨŪŬŮŰŲ", "u"), ("ŵ", "w"), ("Ŵ", "w"), ("ýÿŷ", "y"), ("ÝŸŶ", "y"),
            ("źżž", "z"), ("ŹŻŽ", "z"), ("ß", "ss"), ("æÆ", "ae"), ("œŒ", "oe"), ("ĳĲ", "ij"), ("þÞ", "th"), ("ðÐ", "d"),
        ]
        var result: [UInt32: String] = [:]
        for (letters, base) in table {
            for scalar in letters.unicodeScalars { result[scalar.value] = base }
        }
        return result
    }()
}
