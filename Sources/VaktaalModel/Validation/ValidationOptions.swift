/// What `vaktaal validate` checks and how it reports.
public struct ValidationOptions: Sendable {
    /// The checks to run.
    public var checks: Set<CheckCode>
    /// The hub scheme that sector concepts should map to.
    public var hub: String
    /// The language of the labels shown with findings (falling back to English, then any).
    public var language: String

    /// The hub of the shared Vaktaal language.
    public static let defaultHub = "https://data.vaktaal.nl/hub"

    /// Creates options: every check, the Vaktaal hub, Dutch labels.
    public init(checks: Set<CheckCode> = Set(CheckCode.allCases), hub: String = ValidationOptions.defaultHub,
                language: String = "nl") {
        self.checks = checks
        self.hub = hub
        self.language = language
    }
}
