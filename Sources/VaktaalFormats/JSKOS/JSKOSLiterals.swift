import VaktaalModel

/// The literal conventions that reading and writing JSKOS share, so that what one writes the
/// other reads back to the same RDF literal.
enum JSKOSLiterals {
    /// The language-map key for strings without a language tag. JSKOS makes language tags
    /// mandatory and names `und` for strings of unknown or unspecified language, so Vaktaal writes
    /// untagged strings under `und` and reads `und` (and JSON-LD's `@none`) as untagged.
    static let untaggedKey = "und"

    /// Whether a key is a JSKOS language tag: `[a-z]{1,8}(-[a-z0-9]{1,8})*`, lower case.
    static func isLanguageTag(_ key: String) -> Bool {
        let subtags = key.split(separator: "-", omittingEmptySubsequences: false)
        for (index, subtag) in subtags.enumerated() {
            guard (1...8).contains(subtag.utf8.count) else { return false }
            let allowed = subtag.utf8.allSatisfy { (0x61...0x7A).contains($0) || (index > 0 && (0x30...0x39).contains($0)) }
            guard allowed else { return false }
        }
        return true
    }

    /// Whether a key is a JSKOS language range (`-`, or a tag followed by `-`): a closed-world
    /// marker that carries no value.
    static func isLanguageRange(_ key: String) -> Bool {
        key == "-" || (key.hasSuffix("-") && isLanguageTag(String(key.dropLast())))
    }

    /// The language-map key under which a string in `language` is written, or nil when it cannot
    /// be written there (an explicit `und` tag, which would read back as untagged, or a tag JSKOS
    /// does not allow).
    static func key(for language: String?) -> String? {
        guard let language else { return untaggedKey }
        guard language != untaggedKey, isLanguageTag(language) else { return nil }
        return language
    }

    /// The XSD datatype of a JSKOS date by its shape: `xsd:gYear` (`YYYY`), `xsd:gYearMonth`
    /// (`YYYY-MM`), `xsd:date` (`YYYY-MM-DD`, optional time zone) or `xsd:dateTime`; nil for
    /// anything else.
    static func dateDatatype(_ lexical: String) -> String? {
        var scanner = DateScanner(Array(lexical.utf8))
        return scanner.datatype().map { Namespace.xsd + $0 }
    }

    /// Whether the text is a number in JSON syntax.
    static func isJSONNumber(_ text: String) -> Bool {
        var scanner = DateScanner(Array(text.utf8))
        return scanner.jsonNumber()
    }

    /// The literal JSON-LD makes of a JSON number: `xsd:integer` for whole numbers below 10^21,
    /// else `xsd:double` in canonical form (`5.0E-1`).
    static func numberLiteral(_ lexical: String) -> Literal {
        let isWhole = !lexical.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
        if isWhole {
            let digits = lexical == "-0" ? "0" : lexical
            return Literal(digits, datatype: Namespace.xsd + "integer")
        }
        let value = Double(lexical) ?? 0
        if value.rounded() == value, abs(value) < 1e21 {
            return Literal(integerText(value), datatype: Namespace.xsd + "integer")
        }
        return Literal(canonicalDouble(value), datatype: Namespace.xsd + "double")
    }

    /// A whole number below 10^21 written out in full.
    private static func integerText(_ value: Double) -> String {
        if let exact = Int64(exactly: value) { return String(exact) }
        let canonical = canonicalDouble(value)
        let parts = canonical.split(separator: "E")
        let digits = parts[0].filter { $0 != "." && $0 != "-" }
        let length = (Int(parts[1]) ?? 0) + 1
        let padded = digits.count >= length ? String(digits.prefix(length))
                                             : digits + String(repeating: "0", count: length - digits.count)
        return (value < 0 ? "-" : "") + padded
    }

    /// `d.dddE±n` with at least one digit after the point, from the shortest exact representation.
    static func canonicalDouble(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-INF" : "INF") }
        if value == 0 { return "0.0E0" }
        let text = "\(abs(value))"
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        var exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(pieces[0])
        let fraction = pieces.count > 1 ? String(pieces[1]) : ""
        var digits = whole + fraction
        exponent += whole.count - 1
        while digits.hasPrefix("0") {
            digits.removeFirst()
            exponent -= 1
        }
        while digits.count > 1, digits.hasSuffix("0") { digits.removeLast() }
        let rest = digits.dropFirst()
        return (value < 0 ? "-" : "") + String(digits.prefix(1)) + "." + (rest.isEmpty ? "0" : String(rest)) + "E\(exponent)"
    }
}

/// A small matcher for the date and number shapes above.
private struct DateScanner {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }
    private var atEnd: Bool { position == bytes.count }

    private mutating func take(_ byte: Unicode.Scalar) -> Bool {
        guard current == UInt8(ascii: byte) else { return false }
        position += 1
        return true
    }

    @discardableResult
    private mutating func digits(min: Int, max: Int = Int.max) -> Bool {
        var count = 0
        while count < max, let byte = current, (0x30...0x39).contains(byte) {
            position += 1
            count += 1
        }
        return count >= min
    }

    private mutating func twoDigits() -> Bool { digits(min: 2, max: 2) }

    /// `Z`, `+hh:mm` or `-hh:mm`, or nothing.
    private mutating func timeZone() -> Bool {
        if take("Z") { return true }
        guard take("+") || take("-") else { return true }
        return twoDigits() && take(":") && twoDigits()
    }

    mutating func datatype() -> String? {
        _ = take("-")
        guard digits(min: 4) else { return nil }
        if atEnd { return "gYear" }
        guard take("-"), twoDigits() else { return nil }
        if atEnd { return "gYearMonth" }
        guard take("-"), twoDigits() else { return nil }
        if take("T") {
            guard twoDigits(), take(":"), twoDigits(), take(":"), twoDigits() else { return nil }
            if take(".") { guard digits(min: 1) else { return nil } }
            return timeZone() && atEnd ? "dateTime" : nil
        }
        return timeZone() && atEnd ? "date" : nil
    }

    mutating func jsonNumber() -> Bool {
        _ = take("-")
        if take("0") {
            if let byte = current, (0x30...0x39).contains(byte) { return false }
        } else if !digits(min: 1) {
            return false
        }
        if take(".") { guard digits(min: 1) else { return false } }
        if take("e") || take("E") {
            _ = take("+") || take("-")
            guard digits(min: 1) else { return false }
        }
        return atEnd
    }
}
