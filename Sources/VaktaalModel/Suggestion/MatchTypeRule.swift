/// The SKOS relation that the evidence for a candidate supports, and no stronger one.
///
/// - `exactMatch` only when a label of each names the other (after folding, word forms and
///   typos: ``SuggestionWeights/exactCoverage`` of each label's weighted words) **and** their
///   definitions agree (``definitionAgreement``: some rare word stem in common); the same labels
///   without agreeing definitions give `closeMatch`.
/// - `broadMatch` / `narrowMatch` from the hierarchy: the candidate is an ancestor (descendant)
///   of a better candidate, or of the target the parent maps to; else from the labels: the
///   source's label says more than the target's (target broader) or less (target narrower).
/// - Through another scheme, the relations compose (``MatchComposition``); an exact path is
///   weakened to close (the source's and target's own labels do not agree).
/// - A target that groups narrower concepts, matched only in part by a source that groups
///   none, is broader: `broadMatch`.
/// - `closeMatch` otherwise. A partial label match never yields `exactMatch`; nor does a
///   candidate after one already proposed as `exactMatch` (``MappingSuggester`` proposes one).
public struct MatchTypeRule: Sendable, Equatable {
    /// The share of the source label's words the target's best label covers (0…1).
    public var needCoverage: Double
    /// The share of the target label's words the source label uses (0…1).
    public var labelCoverage: Double
    /// Whether the best label match is a full one both ways (same words, after folding).
    public var labelsAgree: Bool
    /// The similarity of the two definitions (0…1), nil when either has none.
    public var definitionSimilarity: Double?
    /// The relation the hierarchy gives, when it gives one (broad or narrow).
    public var hierarchyType: MatchType?
    /// The relation composed through another scheme's concept, when that is the main evidence.
    public var pathType: MatchType?
    /// Whether the target groups narrower concepts while the source has none: a partial match
    /// to such a target is read as a broadMatch.
    public var targetIsGroup: Bool
    /// How similar two definitions must be to agree.
    public var agreement: Double

    /// How similar two definitions must be to agree, by default.
    public static let definitionAgreement = 0.1

    /// Creates the evidence for a rule.
    public init(needCoverage: Double = 0, labelCoverage: Double = 0, labelsAgree: Bool = false,
                definitionSimilarity: Double? = nil, hierarchyType: MatchType? = nil, pathType: MatchType? = nil,
                targetIsGroup: Bool = false, agreement: Double = MatchTypeRule.definitionAgreement) {
        self.needCoverage = needCoverage
        self.labelCoverage = labelCoverage
        self.labelsAgree = labelsAgree
        self.definitionSimilarity = definitionSimilarity
        self.hierarchyType = hierarchyType
        self.pathType = pathType
        self.targetIsGroup = targetIsGroup
        self.agreement = agreement
    }

    /// Whether the definitions agree.
    public var definitionsAgree: Bool { (definitionSimilarity ?? 0) >= agreement }

    /// The relation the evidence supports.
    public var type: MatchType {
        if labelsAgree { return definitionsAgree ? .exact : .close }
        if let hierarchyType { return hierarchyType }
        if targetIsGroup, needCoverage < 0.999 { return .broad }
        let sourceCovered = needCoverage >= 0.8, targetCovered = labelCoverage >= 0.8
        if sourceCovered, targetCovered { return .close }
        if targetCovered, needCoverage > 0 { return .broad }
        if sourceCovered { return .narrow }
        // Through another scheme an exact path still rests on labels that differ: close at most.
        if let pathType { return pathType == .exact ? .close : pathType }
        return .close
    }
}
