/// How two mapping relations compose along a path A → B → C, following SKOS semantics and
/// SSSOM's chaining rules. Nil means the chain supports no safe conclusion.
///
/// | first ∘ second | exact | close | broad | narrow | related |
/// |---|---|---|---|---|---|
/// | **exact**   | exact   | close | broad | narrow | related |
/// | **close**   | close   | close | broad | narrow | related |
/// | **broad**   | broad   | broad | broad | —      | —       |
/// | **narrow**  | narrow  | narrow| —     | narrow | —       |
/// | **related** | related | related | —   | —      | —       |
///
/// `exact` is an identity; `close` keeps the other relation but weakens confidence; broader of a
/// broader is broader (likewise narrower); a broader then a narrower step only says the two share
/// an ancestor, which is no mapping; `related` survives only equivalence steps.
package enum MatchComposition {
    /// The relation from A to C, given A→B is `first` and B→C is `second`.
    package static func compose(_ first: MatchType, _ second: MatchType) -> MatchType? {
        switch (first, second) {
        case (.exact, _): second
        case (_, .exact): first
        case (.close, .close): .close
        case (.close, let other), (let other, .close): other == .related ? .related : other
        case (.broad, .broad): .broad
        case (.narrow, .narrow): .narrow
        default: nil
        }
    }

    /// The confidence a step contributes when a mapping gives none.
    package static let defaultConfidence = 0.8

    /// How much confidence a relation keeps when it is one step of a longer chain.
    package static func decay(_ type: MatchType) -> Double {
        switch type {
        case .exact: 1.0
        case .close: 0.95
        case .broad, .narrow: 0.9
        case .related: 0.8
        }
    }
}
