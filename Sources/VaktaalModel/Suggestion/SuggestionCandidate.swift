/// The evidence gathered for one target concept of one source concept.
struct SuggestionCandidate {
    let target: String
    /// Signal strengths in 0…1.
    var labels = 0.0, definitions = 0.0, secondLanguage = 0.0, otherSchemes = 0.0, hierarchy = 0.0, esco = 0.0
    /// The best label match and the source label that made it.
    var labelMatch: NeedMatch?
    var labelQuery = ""
    var secondMatch: NeedMatch?
    var secondQuery = ""
    /// The third-scheme concept, the source's fit to it and the composed relation.
    var bridge: (concept: String, fit: Double, type: MatchType?, mapping: MatchType)?
    var escoSkill: (skill: String, label: String, mapping: MatchType)?
    var hierarchyNote: String?
    var hierarchyType: MatchType?
    var definitionSimilarity: Double?
    /// Whether this is the target of the source's parent (mapped, or its best candidate).
    var isParentTarget = false
    /// Whether this lies above two or more of the best candidates.
    var isCommonParent = false
    /// Whether this is the broader concept of the best candidate.
    var isAboveBest = false

    init(target: String) { self.target = target }

    /// The confidence before the hierarchy: a noisy-or of the weighted signals.
    func base(_ weights: SuggestionWeights) -> Double {
        1 - (1 - weights.labels * sharpened(labels, weights)) * (1 - weights.definitions * definitions)
            * (1 - weights.secondLanguage * sharpened(secondLanguage, weights)) * (1 - weights.otherSchemes * otherSchemes)
            * (1 - weights.sharedESCO * esco)
    }

    /// A lexical signal raised to ``SuggestionWeights/sharpness``.
    func sharpened(_ value: Double, _ weights: SuggestionWeights) -> Double {
        weights.sharpness == 1 || value <= 0 ? value : Self.power(value, weights.sharpness)
    }

    /// x^y for x in 0…1 without Foundation.
    static func power(_ x: Double, _ y: Double) -> Double {
        guard x > 0 else { return 0 }
        let logarithm = NeedIndex.naturalLogarithm(x) * y
        // e^l = 2^(l / ln 2), split into an integer power of two and a series for the rest.
        let exponent = (logarithm / 0.693_147_180_559_945_3).rounded(.down)
        let rest = logarithm - exponent * 0.693_147_180_559_945_3
        var term = 1.0, sum = 1.0
        for k in 1...20 {
            term *= rest / Double(k)
            sum += term
        }
        return sum * Double(sign: .plus, exponent: Int(exponent), significand: 1)
    }

    /// The confidence with the hierarchy's support.
    func confidence(_ weights: SuggestionWeights) -> Double {
        1 - (1 - base(weights)) * (1 - weights.hierarchy * hierarchy)
    }

    /// The strengths by signal name.
    var signals: [String: Double] {
        let all = ["labels": labels, "definitions": definitions, "english": secondLanguage, "branches": otherSchemes,
                   "hierarchy": hierarchy, "esco": esco]
        return all.filter { $0.value > 0 }.mapValues(Translator.rounded)
    }
}
