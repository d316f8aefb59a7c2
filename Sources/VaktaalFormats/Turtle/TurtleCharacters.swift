/// The character classes of the Turtle grammar (PN_CHARS_BASE, PN_CHARS_U, PN_CHARS, …), shared
/// by the reader, which checks names, and the writer, which decides when a prefixed name is safe.
enum TurtleCharacters {
    /// `PN_CHARS_BASE`: letters, and the non-ASCII ranges the grammar allows.
    static func isBase(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D,
             0x37F...0x1FFF, 0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF,
             0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            return true
        default:
            return false
        }
    }

    /// `PN_CHARS_U`: `PN_CHARS_BASE` or `_`.
    static func isBaseOrUnderscore(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || isBase(scalar)
    }

    /// `PN_CHARS`: `PN_CHARS_U`, `-`, digits, U+00B7 and the combining ranges.
    static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
        default: return isBaseOrUnderscore(scalar)
        }
    }

    /// The characters that may follow a backslash in a local name (`PN_LOCAL_ESC`).
    static let localEscapes: Set<Unicode.Scalar> = Set("_~.-!$&'()*+,;=/?#@%".unicodeScalars)

    /// Whether `byte` is an ASCII hexadecimal digit.
    static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
             UInt8(ascii: "A")...UInt8(ascii: "F"): return true
        default: return false
        }
    }

    /// Whether `text` is a valid `PN_PREFIX` (or empty, for the default prefix).
    static func isValidPrefix(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first else { return true }
        guard isBase(first), scalars.last != "." else { return false }
        return scalars.dropFirst().allSatisfy { $0 == "." || isNameCharacter($0) }
    }

    /// Whether `text` can be written unescaped as `PN_LOCAL` (percent escapes allowed as they are).
    static func isValidLocalName(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first else { return true }
        guard scalars.last != "." else { return false }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "%" {
                guard index + 2 < scalars.count, scalars[index + 1].isASCII, scalars[index + 2].isASCII,
                      isHexDigit(UInt8(scalars[index + 1].value)), isHexDigit(UInt8(scalars[index + 2].value)) else { return false }
                index += 3
                continue
            }
            let allowed = index == 0
                ? isBaseOrUnderscore(first) || first == ":" || ("0"..."9").contains(first)
                : isNameCharacter(scalar) || scalar == "." || scalar == ":"
            guard allowed else { return false }
            index += 1
        }
        return true
    }
}
