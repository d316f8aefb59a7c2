/// The five SKOS mapping relations.
public enum MatchType: String, CaseIterable, Sendable, Codable, Comparable {
    /// `skos:exactMatch`: interchangeable across a wide range of applications.
    case exact = "exactMatch"
    /// `skos:closeMatch`: interchangeable in some applications.
    case close = "closeMatch"
    /// `skos:broadMatch`: the target is broader than the source.
    case broad = "broadMatch"
    /// `skos:narrowMatch`: the target is narrower than the source.
    case narrow = "narrowMatch"
    /// `skos:relatedMatch`: associated.
    case related = "relatedMatch"

    /// The SKOS property IRI.
    public var property: String { Namespace.skos + rawValue }

    /// The match type for a SKOS property IRI.
    public init?(property: String) {
        guard property.hasPrefix(Namespace.skos) else { return nil }
        self.init(rawValue: String(property.dropFirst(Namespace.skos.count)))
    }

    /// The relation read in the other direction (broad ↔ narrow; the others are symmetric).
    public var inverse: MatchType {
        switch self {
        case .broad: .narrow
        case .narrow: .broad
        default: self
        }
    }

    /// Strength order for ranking: exact, close, broad, narrow, related.
    public static func < (lhs: MatchType, rhs: MatchType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
