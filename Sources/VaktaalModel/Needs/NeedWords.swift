/// The words of a training need that carry no skill, and the Dutch word forms that count as one.
///
/// An advisor writes the need as she hears it: "onze lassers moeten bijgeschoold worden in
/// MIG/MAG". Function words and the framing around the skill ("moeten leren", "iemand die kan",
/// "onze monteurs") say nothing about which skill is meant, so they are dropped before matching.
/// The list is short on purpose: how much a remaining word counts is decided by its rarity in the
/// loaded vocabularies (see ``NeedIndex``), not by this list.
public enum NeedWords {
    /// Dutch function words: articles, pronouns, prepositions, conjunctions, auxiliaries.
    public static let functionWords: Set<String> = [
        "de", "het", "een", "der", "des", "den", "en", "of", "maar", "want", "dus", "als", "dan", "dat", "die", "dit",
        "deze", "wat", "wie", "welke", "waar", "hoe", "wanneer", "om", "te", "tot", "van", "voor", "aan", "op", "in",
        "met", "bij", "uit", "over", "onder", "door", "naar", "na", "per", "zonder", "tegen", "tussen", "langs", "ik",
        "je", "jij", "u", "hij", "zij", "ze", "wij", "we", "jullie", "hun", "hen", "mijn", "ons", "onze", "zijn",
        "haar", "hem", "er", "is", "was", "waren", "wordt", "worden", "werd", "werden", "heeft", "hebben", "had",
        "hadden", "kan", "kunnen", "kon", "konden", "moet", "moeten", "moest", "moesten", "wil", "willen", "wilde",
        "zal", "zullen", "zou", "zouden", "mogen", "gaat", "gaan", "ook", "nog", "al", "alle", "elk", "elke",
        "ieder", "iedere", "zo", "zoals", "niet", "geen", "wel", "meer", "veel", "weinig", "beter", "goed", "graag",
        "even", "eens", "echt", "heel", "erg", "zelf", "zich", "iets", "alles", "daarna", "daarbij", "eerst",
        "vervolgens", "plus", "alsook", "evenals", "etc", "enz", "bv", "bijv", "zoiets", "soort",
    ]

    /// The framing advisors hear around a need: who, and that they must learn something.
    public static let framingWords: Set<String> = [
        "iemand", "mensen", "medewerker", "medewerkers", "collega", "collegas", "personeel", "jongens", "mannen",
        "team", "ploeg", "afdeling", "klant", "klanten", "leerling", "leerlingen", "stagiair", "stagiairs",
        "nieuwe", "nieuw", "ervaren", "beginnende", "junior", "senior", "zelfstandig", "zelfstandige", "leren",
        "leert", "geleerd", "kennen", "kent", "weten", "weet", "kunde", "vaardig", "vaardigheid", "vaardigheden",
        "cursus", "cursussen", "training", "trainingen", "opleiding", "opleidingen", "scholing", "bijscholing",
        "bijgeschoold", "bijscholen", "omscholing", "omgeschoold", "opgeleid", "opleiden", "getraind", "trainen",
        "zoeken", "zoek", "zoekt", "gezocht", "kennis", "ervaring", "basis", "basiskennis", "vakkennis", "nodig", "vraag", "vragen", "behoefte",
        "beheersen", "doen", "mee", "omgaan", "werkzaamheden", "uitvoeren", "toepassen", "iedereen", "allemaal",
        "daar", "hier", "straks", "binnenkort", "snel", "beetje",
    ]

    /// Words that separate two skills named in one sentence ("schema lezen en daarna de motor
    /// aansluiten").
    public static let separators: Set<String> = ["en", "daarna", "vervolgens", "plus", "alsook", "evenals", "ook", "of"]

    /// Whether a folded word carries no skill.
    public static func isStopword(_ word: String) -> Bool {
        functionWords.contains(word) || framingWords.contains(word)
    }

    /// A crude Dutch stem, so that word forms of one word meet: plural and verb endings go
    /// (`lassen`, `lasser`, `lassers` → `las`; `koperleidingen` → `koperleid`), a doubled final
    /// consonant or vowel is single (`soldeer` → `solder`), and a final z or v is s or f
    /// (`buizen` → `buis`).
    public static func stem(_ word: String) -> String {
        String(decoding: stem(bytes: Array(word.utf8)), as: UTF8.self)
    }

    /// The stem of a folded word given as UTF-8 bytes; see ``stem(_:)``.
    static func stem(bytes word: [UInt8]) -> [UInt8] {
        var letters = word
        guard letters.count > 4, letters.allSatisfy({ $0 < 0x80 }) else { return word }
        for bytes in stemSuffixes {
            if letters.count - bytes.count >= 3, letters.suffix(bytes.count).elementsEqual(bytes) {
                letters.removeLast(bytes.count)
                break
            }
        }
        if letters.count >= 4, let last = letters.last, !isVowel(last), letters[letters.count - 2] == last {
            letters.removeLast()
        }
        if letters.count >= 4, let last = letters.last, !isVowel(last),
           isVowel(letters[letters.count - 2]), letters[letters.count - 2] == letters[letters.count - 3] {
            letters.remove(at: letters.count - 2)
        }
        if let last = letters.last, last == UInt8(ascii: "z") { letters[letters.count - 1] = UInt8(ascii: "s") }
        if let last = letters.last, last == UInt8(ascii: "v") { letters[letters.count - 1] = UInt8(ascii: "f") }
        return letters
    }

    /// The endings a stem drops, longest first.
    private static let stemSuffixes = ["ingen", "ing", "ers", "er", "en", "es", "s", "e"].map { Array($0.utf8) }

    private static func isVowel(_ letter: UInt8) -> Bool {
        letter == 0x61 || letter == 0x65 || letter == 0x69 || letter == 0x6F || letter == 0x75
    }

    /// The length in bytes of the longest stopword: longer words need not be looked up.
    static let longestStopword = functionWords.union(framingWords).map(\.utf8.count).max() ?? 0
}
