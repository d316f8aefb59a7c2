/// Helpers for the values in CSV cells that hold lists and IRIs.
package enum CSVCell {
    /// The items of a cell holding a list, one per line (LF or CRLF). Empty lines are left out.
    package static func lines(_ cell: String) -> [String] {
        guard cell.utf8.contains(CSVScanner.lineFeed) || cell.utf8.contains(CSVScanner.carriageReturn) else {
            return cell.isEmpty ? [] : [cell]
        }
        var items: [String] = []
        for slice in cell.utf8.split(separator: CSVScanner.lineFeed, omittingEmptySubsequences: true) {
            let end = slice.last == CSVScanner.carriageReturn ? slice.index(before: slice.endIndex) : slice.endIndex
            if let item = String(slice[slice.startIndex..<end]), !item.isEmpty { items.append(item) }
        }
        return items
    }

    /// The items of a cell holding a list with an in-line separator such as `" | "`.
    package static func items(_ cell: String, separatedBy separator: String) -> [String] {
        guard !cell.isEmpty else { return [] }
        return cell.split(separator: separator, omittingEmptySubsequences: true).map(String.init)
    }

    /// Whether the text is an absolute IRI that N-Triples can write as it is: a scheme, and none of
    /// the characters IRIs may not contain (space, control characters, `<>"{}|^`\`).
    package static func isIRI(_ text: String) -> Bool {
        guard IRIResolver.hasScheme(text.utf8) else { return false }
        return !text.utf8.contains(where: isForbiddenInIRI)
    }

    /// The XML Schema datatype a date written in a cell has: `xsd:date` for `2024-05-01`,
    /// `xsd:dateTime` for `2024-05-01T10:00:00` (with optional fraction and `Z` or `±hh:mm`),
    /// `xsd:gYear` for `2024`; nil for anything else.
    package static func dateDatatype(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= bytes.count && range.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) }
        }
        func byte(_ index: Int, _ character: Unicode.Scalar) -> Bool {
            index < bytes.count && bytes[index] == UInt8(ascii: character)
        }
        let xsd = "http://www.w3.org/2001/XMLSchema#"
        if bytes.count == 4, digits(0..<4) { return xsd + "gYear" }
        guard digits(0..<4), byte(4, "-"), digits(5..<7), byte(7, "-"), digits(8..<10) else { return nil }
        if bytes.count == 10 { return xsd + "date" }
        guard byte(10, "T"), digits(11..<13), byte(13, ":"), digits(14..<16), byte(16, ":"), digits(17..<19) else { return nil }
        var index = 19
        if byte(index, ".") {
            index += 1
            let start = index
            while digits(index..<(index + 1)) { index += 1 }
            guard index > start else { return nil }
        }
        if index == bytes.count { return xsd + "dateTime" }
        if byte(index, "Z"), index + 1 == bytes.count { return xsd + "dateTime" }
        guard byte(index, "+") || byte(index, "-"), digits((index + 1)..<(index + 3)), byte(index + 3, ":"),
              digits((index + 4)..<(index + 6)), index + 6 == bytes.count else { return nil }
        return xsd + "dateTime"
    }
}
