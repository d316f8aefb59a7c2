/// Folds text the way a Dutch user expects a search to: case and diacritics ignored
/// (`inspiciënt` = `inspicient`), punctuation, hyphens and slashes as word breaks
/// (`MIG/MAG-lassen` = `mig mag lassen`).
public enum TextNormalizer {
    /// The words of a text, folded.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(32)
        func flush() {
            if !current.isEmpty {
                tokens.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x30...0x39, 0x61...0x7A: current.append(UInt8(value))
                case 0x41...0x5A: current.append(UInt8(value + 0x20))
                default: flush()
                }
            } else if let folded = fold(scalar) {
                current.append(contentsOf: folded.utf8)
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }

    /// The folded text with single spaces between words.
    public static func normalize(_ text: String) -> String {
        tokens(text).joined(separator: " ")
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
