import VaktaalModel

/// How a literal is written in Turtle: the shortest form that reads back to the same literal
/// (bare numbers and booleans when the lexical form fits the grammar), long quotes for text with
/// line breaks.
enum TurtleLiteralFormat {
    private static let integer = Namespace.xsd + "integer"
    private static let decimal = Namespace.xsd + "decimal"
    private static let double = Namespace.xsd + "double"
    private static let boolean = Namespace.xsd + "boolean"

    /// The literal in Turtle; `datatype` renders the datatype IRI (prefixed when possible).
    static func render(_ literal: Literal, datatype render: (String) -> String) -> String {
        if let bare = bare(literal) { return bare }
        var text = quoted(literal.lexicalForm)
        if let language = literal.language {
            text += "@" + language
        } else if let datatype = literal.datatype {
            text += "^^" + render(datatype)
        }
        return text
    }

    /// The literal without quotes, when its datatype and lexical form allow it.
    static func bare(_ literal: Literal) -> String? {
        guard let datatype = literal.datatype else { return nil }
        let text = literal.lexicalForm
        switch datatype {
        case integer: return NumberShape(text).isInteger ? text : nil
        case decimal: return NumberShape(text).isDecimal ? text : nil
        case double: return NumberShape(text).isDouble ? text : nil
        case boolean: return text == "true" || text == "false" ? text : nil
        default: return nil
        }
    }

    /// A string in `"…"`, or in `"""…"""` when it has line breaks.
    static func quoted(_ value: String) -> String {
        guard value.utf8.contains(0x0A) else { return "\"" + NTriplesEscaping.escapeString(value) + "\"" }
        let scalars = Array(value.unicodeScalars)
        var text = "\"\"\""
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\n", "\t": text.unicodeScalars.append(scalar)
            case "\\": text += "\\\\"
            case "\"":
                let closesEarly = index + 1 == scalars.count || scalars[index + 1] == "\""
                text += closesEarly ? "\\\"" : "\""
            default:
                if scalar.value < 0x20 {
                    text += NTriplesEscaping.escapeString(String(scalar))
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        return text + "\"\"\""
    }
}

/// The shape of a number's lexical form against Turtle's INTEGER, DECIMAL and DOUBLE.
private struct NumberShape {
    var isInteger = false
    var isDecimal = false
    var isDouble = false

    init(_ text: String) {
        var bytes = Substring(text).utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let whole = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        bytes = bytes.dropFirst(whole.count)
        var fraction: Substring.UTF8View.SubSequence?
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            let digits = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            fraction = digits
            bytes = bytes.dropFirst(digits.count)
        }
        if bytes.isEmpty {
            isInteger = fraction == nil && !whole.isEmpty
            isDecimal = (fraction?.isEmpty == false)
            return
        }
        guard bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") else { return }
        bytes = bytes.dropFirst()
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let exponentDigits = bytes.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        isDouble = !bytes.isEmpty && exponentDigits && (!whole.isEmpty || fraction?.isEmpty == false)
    }
}
