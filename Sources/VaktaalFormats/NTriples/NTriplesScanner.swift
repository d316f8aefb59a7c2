import VaktaalModel

/// A byte-level scanner for the N-Triples grammar; also reads the terms Turtle shares with it.
struct NTriplesScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    var position = 0
    var line = 1
    var lineStart = 0
    /// The longest literal accepted, in bytes.
    var maximumLiteralBytes = ReaderLimits.default.maximumLiteralBytes

    init(_ bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
    }

    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    func error(_ message: String, at offset: Int? = nil) -> ParseError {
        let offset = offset ?? position
        guard offset >= lineStart else {
            // On an earlier line (the start of a long string): count from the beginning.
            return ParseError(format: "N-Triples", location: TextInput.location(of: offset, in: bytes, file: file), message: message)
        }
        let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<min(offset, bytes.count)]), as: UTF8.self)
            .unicodeScalars.count + 1
        return ParseError(format: "N-Triples", location: SourceLocation(file: file, line: line, column: column), message: message)
    }

    /// Reads the next triple, or nil at the end of input.
    mutating func nextTriple() throws -> Triple? {
        skipBlankLinesAndComments()
        guard current != nil else { return nil }
        let subject: Term
        switch current {
        case UInt8(ascii: "<"): subject = .iri(try readIRI())
        case UInt8(ascii: "_"): subject = try readBlankNode()
        default: throw error("expected a subject: an IRI in <…> or a blank node _:label")
        }
        skipSpaces()
        guard current == UInt8(ascii: "<") else { throw error("expected a predicate IRI in <…>") }
        let predicate = try readIRI()
        skipSpaces()
        let object: Term
        switch current {
        case UInt8(ascii: "<"): object = .iri(try readIRI())
        case UInt8(ascii: "_"): object = try readBlankNode()
        case UInt8(ascii: "\""): object = .literal(try readLiteral())
        default: throw error("expected an object: an IRI, a blank node or a literal")
        }
        skipSpaces()
        guard current == UInt8(ascii: ".") else { throw error("expected '.' to end the triple") }
        position += 1
        skipSpaces()
        if current == UInt8(ascii: "#") { skipToEndOfLine() }
        guard current == nil || current == 0x0A || current == 0x0D else {
            throw error("expected the end of the line after '.'")
        }
        return Triple(subject, predicate, object)
    }

    mutating func skipSpaces() {
        while let byte = current, byte == 0x20 || byte == 0x09 { position += 1 }
    }

    mutating func skipToEndOfLine() {
        while let byte = current, byte != 0x0A, byte != 0x0D { position += 1 }
    }

    mutating func skipBlankLinesAndComments() {
        while let byte = current {
            switch byte {
            case 0x20, 0x09: position += 1
            case 0x0D, 0x0A: newline()
            case UInt8(ascii: "#"): skipToEndOfLine()
            default: return
            }
        }
    }

    mutating func newline() {
        if current == 0x0D, position + 1 < bytes.count, bytes[position + 1] == 0x0A { position += 1 }
        position += 1
        line += 1
        lineStart = position
    }
}
