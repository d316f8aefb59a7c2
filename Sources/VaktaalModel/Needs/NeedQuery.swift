/// A training need as typed, split into the words that carry a skill and, where the sentence
/// names more than one skill, into parts ("schema lezen en daarna de motor aansluiten" → "schema
/// lezen", "motor aansluiten").
public struct NeedQuery: Sendable, Equatable {
    /// The text as typed.
    public let text: String
    /// The folded words that carry a skill, in order.
    public let words: [String]
    /// The parts of the need, each a list of folded skill words; one part when the need names one
    /// skill.
    public let parts: [[String]]

    /// Analyses a need.
    public init(_ text: String) {
        self.text = text
        var parts: [[String]] = []
        for piece in text.split(whereSeparator: { ",;:.!?()".contains($0) }) {
            var current: [String] = []
            for word in TextNormalizer.tokens(String(piece)) {
                if NeedWords.separators.contains(word) {
                    if !current.isEmpty { parts.append(current) }
                    current = []
                } else if !NeedWords.isStopword(word) {
                    current.append(word)
                }
            }
            if !current.isEmpty { parts.append(current) }
        }
        let words = parts.flatMap { $0 }
        if words.isEmpty {
            // Nothing but function words ("leren"): keep what was typed rather than nothing.
            let all = TextNormalizer.tokens(text)
            self.words = all
            self.parts = all.isEmpty ? [] : [all]
        } else {
            self.words = words
            self.parts = parts
        }
    }

    /// Whether the need names more than one part.
    public var hasSeveralParts: Bool { parts.count > 1 }
}
