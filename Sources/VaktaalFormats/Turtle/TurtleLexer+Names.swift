extension TurtleLexer {
    /// Whether a prefixed name can start here: `:` or a `PN_CHARS_BASE` character.
    var atPrefixedName: Bool {
        guard let (scalar, _) = scalar(at: position) else { return false }
        return scalar == ":" || TurtleCharacters.isBase(scalar)
    }

    /// Reads `PN_PREFIX? ':'` and returns the prefix without the colon.
    mutating func readPrefix() throws -> String {
        let start = position
        if current != UInt8(ascii: ":") {
            guard let (first, length) = scalar(at: position), TurtleCharacters.isBase(first) else {
                throw error("expected a prefix name followed by ':'")
            }
            position += length
            while let (scalar, length) = scalar(at: position), scalar == "." || TurtleCharacters.isNameCharacter(scalar) {
                position += length
            }
            guard bytes[position - 1] != UInt8(ascii: ".") else {
                throw error("a prefix must not end with '.'", at: position - 1)
            }
        }
        guard current == UInt8(ascii: ":") else { throw error("expected ':' after the prefix name") }
        let prefix = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        position += 1
        return prefix
    }

    /// Reads a `PN_LOCAL` after the colon of a prefixed name (possibly empty), decoding backslash
    /// escapes and keeping `%XX` as written; dots at the end are not part of it.
    mutating func readLocalName() throws -> String {
        var value: [UInt8] = []
        var kept = (length: 0, position: position)
        var first = true
        while let byte = current {
            if byte == UInt8(ascii: "\\") {
                guard let (escaped, _) = scalar(at: position + 1), TurtleCharacters.localEscapes.contains(escaped) else {
                    throw error("expected one of _~.-!$&'()*+,;=/?#@% after '\\' in a local name")
                }
                value.append(UInt8(escaped.value))
                position += 2
            } else if byte == UInt8(ascii: "%") {
                guard let high = self.byte(at: position + 1), let low = self.byte(at: position + 2),
                      TurtleCharacters.isHexDigit(high), TurtleCharacters.isHexDigit(low) else {
                    throw error("expected two hexadecimal digits after '%' in a local name")
                }
                value.append(contentsOf: [byte, high, low])
                position += 3
            } else {
                guard let (scalar, length) = scalar(at: position), Self.isLocalCharacter(scalar, first: first) else { break }
                value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<position + length]))
                position += length
                if scalar == "." { first = false; continue }
            }
            first = false
            kept = (value.count, position)
        }
        position = kept.position
        return String(decoding: value.prefix(kept.length), as: UTF8.self)
    }

    private static func isLocalCharacter(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
        if scalar == ":" { return true }
        if first { return TurtleCharacters.isBaseOrUnderscore(scalar) || ("0"..."9").contains(scalar) }
        return scalar == "." || TurtleCharacters.isNameCharacter(scalar)
    }

    /// Reads `_:label`; dots at the end are not part of the label.
    mutating func readBlankNodeLabel() throws -> String {
        guard byte(at: position + 1) == UInt8(ascii: ":") else { throw error("expected '_:' to start a blank node label") }
        position += 2
        let start = position
        guard let (first, length) = scalar(at: position),
              TurtleCharacters.isBaseOrUnderscore(first) || ("0"..."9").contains(first) else {
            throw error("expected a blank node label after '_:'")
        }
        position += length
        var end = position
        while let (scalar, length) = scalar(at: position), scalar == "." || TurtleCharacters.isNameCharacter(scalar) {
            position += length
            if scalar != "." { end = position }
        }
        position = end
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
