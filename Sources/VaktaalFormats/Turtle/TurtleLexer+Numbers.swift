import VaktaalModel

extension TurtleLexer {
    /// Whether a number can start here: a digit, a sign, or a dot followed by a digit.
    var atNumber: Bool {
        guard let byte = current else { return false }
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"): return true
        case UInt8(ascii: "."): return self.byte(at: position + 1).map(Self.isDigit) ?? false
        default: return false
        }
    }

    /// Reads `INTEGER`, `DECIMAL` or `DOUBLE` as a literal of the matching XSD datatype, keeping
    /// the lexical form as written.
    mutating func readNumber() throws -> Literal {
        let start = position
        if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
        let integerDigits = skipDigits()
        var kind = "integer"
        if current == UInt8(ascii: "."), let next = byte(at: position + 1) {
            if Self.isDigit(next) {
                position += 1
                skipDigits()
                kind = "decimal"
            } else if integerDigits > 0, exponentFollows(at: position + 1) {
                position += 1
                kind = "decimal"
            }
        }
        guard integerDigits > 0 || kind == "decimal" else { throw error("expected a number", at: start) }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard skipDigits() > 0 else { throw error("expected the digits of the exponent") }
            kind = "double"
        }
        let lexical = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        return Literal(lexical, datatype: Namespace.xsd + kind)
    }

    @discardableResult
    private mutating func skipDigits() -> Int {
        let start = position
        while let byte = current, Self.isDigit(byte) { position += 1 }
        return position - start
    }

    private func exponentFollows(at offset: Int) -> Bool {
        guard let marker = byte(at: offset), marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") else { return false }
        var offset = offset + 1
        if byte(at: offset) == UInt8(ascii: "+") || byte(at: offset) == UInt8(ascii: "-") { offset += 1 }
        return byte(at: offset).map(Self.isDigit) ?? false
    }

    static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}
