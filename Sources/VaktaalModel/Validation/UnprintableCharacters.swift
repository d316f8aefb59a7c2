/// Which characters have no place in a label: control characters (tab and line breaks
/// included), invisible format characters, line and paragraph separators, private-use,
/// surrogate and unassigned code points. The zero-width joiners that some scripts and emoji
/// need are allowed.
enum UnprintableCharacters {
    /// Whether a scalar is unprintable.
    static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value < 0x20 || scalar.value == 0x7F }
        if scalar.value == 0x200C || scalar.value == 0x200D { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned: return true
        default: return false
        }
    }

    /// The first unprintable scalar of a string, checking plain ASCII quickly.
    static func first(in text: String) -> Unicode.Scalar? {
        var needsScalars = false
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F { needsScalars = true; break }
            if byte >= 0x80 { needsScalars = true; break }
        }
        guard needsScalars else { return nil }
        return text.unicodeScalars.first(where: isUnprintable)
    }
}
