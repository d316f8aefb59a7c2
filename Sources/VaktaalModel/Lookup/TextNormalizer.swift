/// Folds text the way a Dutch user expects a search to: case and diacritics ignored
/// (`inspiciënt` = `inspicient`), punctuation, hyphens and slashes as word breaks
/// (`MIG/MAG-lassen` = `mig mag lassen`).
public enum TextNormalizer {
    /// The words of a text, folded.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if let folded = fold(scalar) {
                current += folded
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// The folded text with single spaces between words.
    public static func normalize(_ text: String) -> String {
        tokens(text).joined(separator: " ")
    }

    /// A letter or digit folded to lower-case ASCII where it has a base letter; nil for anything
    /// that separates words.
    static func fold(_ scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x30...0x39, 0x61...0x7A: return String(scalar)
            case 0x41...0x5A: return String(Unicode.Scalar(value + 0x20)!)
            default: return nil
            }
        }
        if let mapped = latinFolding[value] { return mapped }
        let properties = scalar.properties
        if properties.generalCategory == .nonspacingMark { return "" }
        guard properties.isAlphabetic || properties.numericType != nil else { return nil }
        return String(scalar).lowercased()
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
