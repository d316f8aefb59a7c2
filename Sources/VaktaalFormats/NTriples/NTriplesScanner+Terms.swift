import VaktaalModel

extension NTriplesScanner {
    /// Reads `<…>`, resolving `\u` escapes; the IRI must be absolute.
    mutating func readIRI() throws -> String {
        let start = position
        let value = try readIRIReference()
        guard IRIResolver.isAbsolute(value) else {
            throw error("relative IRI <\(value)> is not allowed; N-Triples needs absolute IRIs", at: start)
        }
        return value
    }

    /// Reads `<…>`, resolving `\u` escapes; the reference is returned as written (Turtle resolves
    /// it against its base, N-Triples requires it to be absolute).
    mutating func readIRIReference() throws -> String {
        let start = position
        position += 1
        var value: [UInt8] = []
        while true {
            guard let byte = current else { throw error("unterminated IRI, expected '>'", at: start) }
            switch byte {
            case UInt8(ascii: ">"):
                position += 1
                return String(decoding: value, as: UTF8.self)
            case UInt8(ascii: "\\"):
                let escapeStart = position
                let scalar = try readUnicodeEscape()
                guard !(scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar)) else {
                    throw error("the escape stands for a character not allowed in an IRI", at: escapeStart)
                }
                value.append(contentsOf: String(scalar).utf8)
            case 0...0x20, UInt8(ascii: "<"), UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"),
                 UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "`"):
                throw error("character not allowed in an IRI; expected '>' to close it")
            default:
                value.append(byte)
                position += 1
            }
        }
    }

    /// Reads `\uXXXX` or `\UXXXXXXXX` at the current backslash.
    mutating func readUnicodeEscape() throws -> Unicode.Scalar {
        let start = position
        position += 1
        let width: Int
        switch current {
        case UInt8(ascii: "u"): width = 4
        case UInt8(ascii: "U"): width = 8
        default: throw error("expected \\u or \\U escape", at: start)
        }
        position += 1
        guard position + width <= bytes.count,
              let code = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + width]), as: UTF8.self), radix: 16),
              let scalar = Unicode.Scalar(code) else {
            throw error("expected \(width) hexadecimal digits naming a Unicode scalar", at: start)
        }
        position += width
        return scalar
    }

    /// Reads `_:label`.
    mutating func readBlankNode() throws -> Term {
        let start = position
        guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ":") else {
            throw error("expected '_:' to start a blank node label")
        }
        position += 2
        let labelStart = position
        while let byte = current, Self.isLabelByte(byte, first: position == labelStart) { position += 1 }
        while position > labelStart, bytes[position - 1] == UInt8(ascii: ".") { position -= 1 }
        guard position > labelStart else { throw error("expected a blank node label after '_:'", at: start) }
        return .blank(String(decoding: UnsafeBufferPointer(rebasing: bytes[labelStart..<position]), as: UTF8.self))
    }

    static func isLabelByte(_ byte: UInt8, first: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), 0x80...0xFF: return true
        case UInt8(ascii: "-"), UInt8(ascii: "."): return !first
        case UInt8(ascii: ":"): return false
        default: return false
        }
    }

    /// Reads a quoted literal with its language tag or datatype.
    mutating func readLiteral() throws -> Literal {
        let value = try readQuotedString(quote: UInt8(ascii: "\""), long: false)
        if current == UInt8(ascii: "@") {
            return Literal(value, language: try readLanguageTag())
        }
        if current == UInt8(ascii: "^") {
            guard position + 2 < bytes.count, bytes[position + 1] == UInt8(ascii: "^"), bytes[position + 2] == UInt8(ascii: "<") else {
                throw error("expected ^^<datatype IRI>")
            }
            position += 2
            return Literal(value, datatype: try readIRI())
        }
        return Literal(value)
    }

    /// Reads `@tag`, checking the BCP 47 shape `[a-zA-Z]+ ('-' [a-zA-Z0-9]+)*`.
    mutating func readLanguageTag() throws -> String {
        position += 1
        let start = position
        var subtagLength = 0
        var first = true
        while let byte = current {
            if byte == UInt8(ascii: "-") {
                guard subtagLength > 0 else { break }
                subtagLength = 0
                first = false
            } else if Self.isASCIILetter(byte) || (!first && Self.isASCIIDigit(byte)) {
                subtagLength += 1
            } else {
                break
            }
            position += 1
        }
        guard subtagLength > 0 else { throw error("expected a language tag such as @nl or @en-GB", at: start) }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    /// Reads a string between quotes, with ECHAR and UCHAR escapes.
    mutating func readQuotedString(quote: UInt8, long: Bool) throws -> String {
        let start = position
        position += long ? 3 : 1
        var value: [UInt8] = []
        while true {
            guard let byte = current else { throw error("unterminated string, expected a closing quote", at: start) }
            if byte == quote {
                if !long { position += 1; break }
                if position + 2 < bytes.count, bytes[position + 1] == quote, bytes[position + 2] == quote {
                    position += 3
                    while current == quote { value.append(quote); position += 1 }
                    break
                }
                value.append(byte)
                position += 1
            } else if byte == UInt8(ascii: "\\") {
                try readStringEscape(into: &value)
            } else if !long && (byte == 0x0A || byte == 0x0D) {
                throw error("line break inside a string; write it as \\n")
            } else {
                if byte == 0x0A { line += 1; lineStart = position + 1 }
                value.append(byte)
                position += 1
            }
            if value.count > maximumLiteralBytes {
                throw error("string longer than \(maximumLiteralBytes) bytes (ReaderLimits.maximumLiteralBytes)", at: start)
            }
        }
        return String(decoding: value, as: UTF8.self)
    }

    private mutating func readStringEscape(into value: inout [UInt8]) throws {
        guard position + 1 < bytes.count else { throw error("unterminated escape") }
        let replacement: UInt8
        switch bytes[position + 1] {
        case UInt8(ascii: "t"): replacement = 0x09
        case UInt8(ascii: "b"): replacement = 0x08
        case UInt8(ascii: "n"): replacement = 0x0A
        case UInt8(ascii: "r"): replacement = 0x0D
        case UInt8(ascii: "f"): replacement = 0x0C
        case UInt8(ascii: "\""): replacement = UInt8(ascii: "\"")
        case UInt8(ascii: "'"): replacement = UInt8(ascii: "'")
        case UInt8(ascii: "\\"): replacement = UInt8(ascii: "\\")
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            value.append(contentsOf: String(try readUnicodeEscape()).utf8)
            return
        default: throw error("unknown escape; expected one of \\t \\b \\n \\r \\f \\\" \\' \\\\ \\u \\U")
        }
        value.append(replacement)
        position += 2
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    static func isASCIIDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}
