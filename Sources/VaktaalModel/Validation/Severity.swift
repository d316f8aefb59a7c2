/// How serious a validation finding is.
public enum Severity: String, CaseIterable, Sendable, Codable, Comparable {
    /// Breaks a SKOS integrity condition or the shared language itself: fix before publishing.
    case error
    /// A quality problem worth fixing.
    case warning
    /// Worth knowing; often a deliberate choice.
    case info

    private var rank: Int {
        switch self {
        case .error: 2
        case .warning: 1
        case .info: 0
        }
    }

    /// Orders by seriousness: `info < warning < error`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
