/// Checks language tags against BCP 47 (RFC 5646): the syntax, and that the primary language
/// subtag names a language (two-letter subtags must be ISO 639-1 codes).
enum LanguageTag {
    /// Why a tag is not a usable language tag, or nil when it is fine.
    static func problem(with tag: String) -> String? {
        let lowered = tag.lowercased()
        if irregular.contains(lowered) { return nil }
        let subtags = lowered.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard subtags.allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.utf8.allSatisfy(isAlphanumeric) }) else {
            return "is not a BCP 47 language tag"
        }
        if subtags[0] == "x" { return "is a private-use tag and names no language" }
        guard isWellFormed(subtags) else { return "is not a BCP 47 language tag" }
        let language = subtags[0]
        switch language.count {
        case 2 where !iso639_1.contains(language): return "has an unknown language '\(language)' (not ISO 639-1)"
        case 4: return "has a reserved four-letter language subtag"
        case 5...8: return "has an unregistered language subtag '\(language)'"
        default: return nil
        }
    }

    /// The BCP 47 `langtag` production, on lower-cased subtags.
    private static func isWellFormed(_ subtags: [String]) -> Bool {
        var index = 0
        func next(_ accept: (String) -> Bool) -> Bool {
            guard index < subtags.count, accept(subtags[index]) else { return false }
            index += 1
            return true
        }
        guard next({ isAlpha($0) && (2...8).contains($0.count) }) else { return false }
        if subtags[0].count <= 3 {
            for _ in 0..<3 where next({ isAlpha($0) && $0.count == 3 }) {}
        }
        _ = next { isAlpha($0) && $0.count == 4 }
        _ = next { (isAlpha($0) && $0.count == 2) || (isDigits($0) && $0.count == 3) }
        while next(isVariant) {}
        while index < subtags.count, subtags[index].count == 1, subtags[index] != "x" {
            index += 1
            var parts = 0
            while next({ (2...8).contains($0.count) }) { parts += 1 }
            if parts == 0 { return false }
        }
        if index < subtags.count, subtags[index] == "x" {
            index += 1
            var parts = 0
            while next({ (1...8).contains($0.count) }) { parts += 1 }
            if parts == 0 { return false }
        }
        return index == subtags.count
    }

    private static func isVariant(_ subtag: String) -> Bool {
        (5...8).contains(subtag.count) || (subtag.count == 4 && subtag.utf8.first.map { (48...57).contains($0) } == true)
    }

    private static func isAlpha(_ subtag: String) -> Bool { subtag.utf8.allSatisfy { (97...122).contains($0) } }
    private static func isDigits(_ subtag: String) -> Bool { subtag.utf8.allSatisfy { (48...57).contains($0) } }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool { (97...122).contains(byte) || (48...57).contains(byte) }

    /// Irregular grandfathered tags of RFC 5646.
    private static let irregular: Set<String> = [
        "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
        "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de",
    ]

    /// ISO 639-1 codes, plus the deprecated two-letter subtags still in the IANA registry.
    static let iso639_1: Set<String> = Set("""
        aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy \
        da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz \
        ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky \
        la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny \
        oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw \
        ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu \
        in iw ji jw mo sh
        """.split(separator: " ").map(String.init))
}
