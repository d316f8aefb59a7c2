/// One column of the spreadsheet layout: a field and, for labels and texts, a language
/// (`preferredLabel@nl`; `preferredLabel` alone holds untagged texts).
struct SpreadsheetColumn: Hashable, Comparable {
    let field: SpreadsheetField
    let language: String?

    init(_ field: SpreadsheetField, language: String? = nil) {
        self.field = field
        self.language = field.hasLanguage ? language : nil
    }

    /// Reads a header name; nil when the layout has no such column.
    init?(header: String) {
        let parts = header.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        guard let field = SpreadsheetField(rawValue: String(parts[0])) else { return nil }
        if parts.count == 2 {
            let language = String(parts[1])
            guard field.hasLanguage, SpreadsheetColumn.isLanguageTag(language) else { return nil }
            self.init(field, language: language.lowercased())
        } else {
            self.init(field)
        }
    }

    /// The header name.
    var header: String {
        language.map { field.rawValue + "@" + $0 } ?? field.rawValue
    }

    /// Whether the text can be a language tag: letters, digits and inner hyphens (BCP 47 in all
    /// its forms, private-use `x-…` subtags included).
    static func isLanguageTag(_ tag: String) -> Bool {
        !tag.isEmpty && tag.first != "-" && tag.last != "-"
            && tag.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }

    static func < (lhs: SpreadsheetColumn, rhs: SpreadsheetColumn) -> Bool {
        if lhs.field != rhs.field { return lhs.field < rhs.field }
        return (lhs.language ?? "") < (rhs.language ?? "")
    }
}
