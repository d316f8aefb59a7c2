/// A strict RFC 8259 JSON parser that keeps the byte offset of every value.
///
/// Foundation's `JSONSerialization` is not used for reading: on Linux it accepts trailing commas,
/// reports most syntax errors without a position, silently keeps the last of duplicate keys and
/// cannot tell `1` from `true`. This parser rejects all of those with a line and column, keeps
/// numbers as written, and reads a sequence of newline-separated values (NDJSON).
struct JSKOSParser {
    /// Deeper nesting is refused, so that hostile input cannot exhaust the stack.
    static let maximumDepth = 128

    private let source: JSKOSSource
    private var position = 0
    private var depth = 0

    private init(_ source: JSKOSSource) {
        self.source = source
    }

    /// Parses one JSON value, or several separated by line breaks (NDJSON).
    /// - Returns: The values in order; empty when the input holds only white space.
    /// - Throws: ``ParseError`` in format `JSON`, at the offending character.
    static func parse(_ source: JSKOSSource) throws -> [JSKOSValue] {
        var parser = JSKOSParser(source)
        return try parser.parseSequence()
    }

    private var bytes: [UInt8] { source.bytes }
    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private func error(_ message: String, at offset: Int? = nil) -> ParseError {
        source.error(message, at: offset ?? position, format: "JSON")
    }

    private mutating func parseSequence() throws -> [JSKOSValue] {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        var values: [JSKOSValue] = []
        var newlineBefore = true
        _ = skipWhitespace()
        while position < bytes.count {
            guard newlineBefore else {
                throw error("expected the end of the input or a line break after the JSON value")
            }
            values.append(try parseValue())
            newlineBefore = skipWhitespace()
        }
        return values
    }

    /// Skips JSON white space; returns whether it contained a line feed.
    @discardableResult
    private mutating func skipWhitespace() -> Bool {
        var newline = false
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            if byte == 0x0A { newline = true }
            position += 1
        }
        return newline
    }

    private mutating func parseValue() throws -> JSKOSValue {
        let start = position
        switch current {
        case nil:
            throw error("expected a JSON value but the input ends")
        case UInt8(ascii: "{"):
            return try parseObject()
        case UInt8(ascii: "["):
            return try parseArray()
        case UInt8(ascii: "\""):
            return JSKOSValue(.string(try parseString()), offset: start)
        case UInt8(ascii: "-")?, (UInt8(ascii: "0")...UInt8(ascii: "9"))?:
            return JSKOSValue(.number(try parseNumber()), offset: start)
        case UInt8(ascii: "t"):
            try expectWord("true")
            return JSKOSValue(.bool(true), offset: start)
        case UInt8(ascii: "f"):
            try expectWord("false")
            return JSKOSValue(.bool(false), offset: start)
        case UInt8(ascii: "n"):
            try expectWord("null")
            return JSKOSValue(.null, offset: start)
        default:
            throw error("expected a JSON value (an object, array, string, number, true, false or null)")
        }
    }

    private mutating func enter() throws {
        depth += 1
        guard depth <= Self.maximumDepth else {
            throw error("JSON nested deeper than \(Self.maximumDepth) levels")
        }
    }

    private mutating func parseObject() throws -> JSKOSValue {
        let start = position
        try enter()
        position += 1
        skipWhitespace()
        var members: [JSKOSValue.Member] = []
        var keys = Set<String>()
        if current == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return JSKOSValue(.object(members), offset: start)
        }
        while true {
            guard current == UInt8(ascii: "\"") else {
                throw error(current == UInt8(ascii: "}") ? "trailing ',' before '}'" : "expected an object key in double quotes")
            }
            let keyOffset = position
            let key = try parseString()
            guard keys.insert(key).inserted else { throw error("duplicate key \"\(key)\" in an object", at: keyOffset) }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error("expected ':' after the object key \"\(key)\"") }
            position += 1
            skipWhitespace()
            members.append(JSKOSValue.Member(key: key, value: try parseValue()))
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                position += 1
                skipWhitespace()
                continue
            }
            guard current == UInt8(ascii: "}") else {
                throw error(current == nil ? "expected ',' or '}' but the input ends" : "expected ',' or '}' after an object member")
            }
            position += 1
            depth -= 1
            return JSKOSValue(.object(members), offset: start)
        }
    }

    private mutating func parseArray() throws -> JSKOSValue {
        let start = position
        try enter()
        position += 1
        skipWhitespace()
        var elements: [JSKOSValue] = []
        if current == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return JSKOSValue(.array(elements), offset: start)
        }
        while true {
            if current == UInt8(ascii: "]") { throw error("trailing ',' before ']'") }
            elements.append(try parseValue())
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                position += 1
                skipWhitespace()
                continue
            }
            guard current == UInt8(ascii: "]") else {
                throw error(current == nil ? "expected ',' or ']' but the input ends" : "expected ',' or ']' after an array element")
            }
            position += 1
            depth -= 1
            return JSKOSValue(.array(elements), offset: start)
        }
    }

    private mutating func expectWord(_ word: String) throws {
        let start = position
        for expected in word.utf8 {
            guard current == expected else { throw error("invalid literal; expected '\(word)'", at: start) }
            position += 1
        }
    }

    private mutating func parseNumber() throws -> String {
        let start = position
        if current == UInt8(ascii: "-") { position += 1 }
        guard let first = current, isDigit(first) else { throw error("expected a digit in the number") }
        if first == UInt8(ascii: "0") {
            position += 1
            if let next = current, isDigit(next) { throw error("leading zeros are not allowed in JSON numbers", at: start) }
        } else {
            skipDigits()
        }
        if current == UInt8(ascii: ".") {
            position += 1
            guard let next = current, isDigit(next) else { throw error("expected a digit after the decimal point") }
            skipDigits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard let next = current, isDigit(next) else { throw error("expected a digit in the exponent") }
            skipDigits()
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func skipDigits() {
        while let byte = current, isDigit(byte) { position += 1 }
    }

    private mutating func parseString() throws -> String {
        let start = position
        position += 1
        var buffer: [UInt8] = []
        var runStart = position
        while true {
            guard let byte = current else { throw error("unterminated string: the input ends before the closing '\"'", at: start) }
            switch byte {
            case UInt8(ascii: "\""):
                buffer.append(contentsOf: bytes[runStart..<position])
                position += 1
                guard let text = String(validating: buffer, as: UTF8.self) else {
                    throw error("the string is not valid UTF-8", at: start)
                }
                return text
            case UInt8(ascii: "\\"):
                buffer.append(contentsOf: bytes[runStart..<position])
                try parseEscape(into: &buffer)
                runStart = position
            case 0..<0x20:
                throw error(byte == 0x0A ? "unterminated string: line break before the closing '\"'"
                                         : "control character U+\(hex(UInt32(byte))) must be escaped in a string")
            default:
                position += 1
            }
        }
    }

    private mutating func parseEscape(into buffer: inout [UInt8]) throws {
        let start = position
        position += 1
        guard let byte = current else { throw error("unterminated escape sequence", at: start) }
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(byte)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"): buffer.append(contentsOf: String(try parseUnicodeEscape(start)).utf8)
        default: throw error("invalid escape sequence '\\\(String(UnicodeScalar(byte)))'", at: start)
        }
    }

    /// Reads the `XXXX` of `\uXXXX` (and a following low surrogate when this is a high one).
    private mutating func parseUnicodeEscape(_ start: Int) throws -> Character {
        let unit = try parseHex4(start)
        switch unit {
        case 0xD800...0xDBFF:
            guard current == UInt8(ascii: "\\"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") else {
                throw error("unpaired surrogate \\u\(hex(unit)): a high surrogate must be followed by a low one", at: start)
            }
            let lowStart = position
            position += 2
            let low = try parseHex4(lowStart)
            guard (0xDC00...0xDFFF).contains(low) else {
                throw error("unpaired surrogate \\u\(hex(unit)): a high surrogate must be followed by a low one", at: start)
            }
            return Character(UnicodeScalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!)
        case 0xDC00...0xDFFF:
            throw error("unpaired surrogate \\u\(hex(unit)): a low surrogate without a high one", at: start)
        default:
            return Character(UnicodeScalar(unit)!)
        }
    }

    private mutating func parseHex4(_ start: Int) throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = hexDigit(byte) else {
                throw error("expected four hexadecimal digits after \\u", at: start)
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
