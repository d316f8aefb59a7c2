import Testing
@testable import VaktaalModel

/// The byte-level folder against the scalar-by-scalar folding it replaced, kept here as the
/// reference: both must give the same words, byte for byte.
@Suite struct UTF8FolderTests {
    /// The folding as it was done before, one Unicode scalar at a time.
    static func referenceTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty {
                tokens.append(String(decoding: current, as: UTF8.self))
                current.removeAll()
            }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x30...0x39, 0x61...0x7A: current.append(UInt8(value))
                case 0x41...0x5A: current.append(UInt8(value + 0x20))
                default: flush()
                }
            } else if let folded = TextNormalizer.fold(scalar) {
                current.append(contentsOf: folded.utf8)
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }

    @Test(arguments: [
        "inspiciënt lasnaden", "MIG/MAG-lassen", "Café  Crème", "straße", "IJzer-werker ĳzer Ĳssel",
        "Ελληνική εκπαίδευση: ΆΈΉΊΌΎΏ ΐΰ ς Σ", "Образование, ЁЛКА ёлка — Їжак",
        "Œuvre æble ÆØÅ ﬁle ﬂ ﬀ ǅ ǆ Ǳ", "e\u{301}te\u{301} cafe\u{0327}", "İstanbul ıI", "Þórr Ðoð",
        "naïve coöperatie reünie", "日本語 テキスト 한국어", "emoji 👩‍🔧 lassen 🔥frezen", "١٢٣ ٤٥٦ 0x1F",
        "’s-Hertogenbosch “quoted” – dash", "\u{00A0}nbsp\u{2009}thin\u{200B}zw", "Ⅻ ⅻ ½ ²", "ǈǉ ẞ ﬅ",
    ])
    func agreesWithScalarFolding(_ text: String) {
        #expect(TextNormalizer.tokens(text) == Self.referenceTokens(text))
        #expect(TextNormalizer.normalize(text) == Self.referenceTokens(text).joined(separator: " "))
    }

    /// Every scalar of every plane, alone, inside a word and at word starts.
    @Test func agreesOnEveryScalar() {
        var mismatches: [UInt32] = []
        for value in UInt32(0x80)...0x10_FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if value > 0x3_FFFF && value < 0xE_0000 { continue }  // planes 4–13 are unassigned: skipped for speed
            let text = "a\(Character(scalar))b \(Character(scalar))x"
            if TextNormalizer.tokens(text) != Self.referenceTokens(text) { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "first: \(mismatches.prefix(5).map { String($0, radix: 16) })")
    }

    @Test func writesNoSpaceAtEitherEnd() {
        let text = Array("  Ab-é, Ω ".utf8)
        let folded = [UInt8](unsafeUninitializedCapacity: UTF8Folder.capacity(forFolding: text.count)) { output, count in
            count = text.withUnsafeBufferPointer { UTF8Folder.fold($0, into: output.baseAddress!) }
        }
        #expect(String(decoding: folded, as: UTF8.self) == "ab e ω")
    }

    @Test func combiningMarksDoNotStartOrBreakWords() {
        #expect(TextNormalizer.tokens("\u{301}abc \u{301}\u{300}de\u{301}f") == ["abc", "def"])
    }
}
