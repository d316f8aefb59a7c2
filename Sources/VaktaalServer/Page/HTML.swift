import VaktaalFormats

/// Escaping for HTML text and attribute values: every user or vocabulary string goes through it.
enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped.
    static func escape(_ text: String) -> String { MarkupEscaping.escaped(text) }

    /// A query string from pairs, form-encoded (`a=b&c=d`), without empty values.
    static func query(_ pairs: [(String, String?)]) -> String {
        pairs.compactMap { key, value in value.flatMap { $0.isEmpty ? nil : encode(key) + "=" + encode($0) } }.joined(separator: "&")
    }

    /// A URL-encoded form value.
    static func encode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "): result += "+"
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
