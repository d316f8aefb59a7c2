/// The outcome of validating some files: the findings and what was looked at.
public struct ValidationReport: Sendable, Codable {
    /// The findings, ordered by severity (errors first), check and resource.
    public var findings: [Finding]
    /// The checks that ran.
    public var checks: [CheckCode]
    /// The concepts reported on (those of the validated files).
    public var conceptCount: Int
    /// The files validated, and those loaded only as context.
    public var files: [String]
    /// The files loaded as context (`--vocab`).
    public var contextFiles: [String]

    /// Creates a report.
    public init(findings: [Finding], checks: [CheckCode], conceptCount: Int, files: [String], contextFiles: [String]) {
        self.findings = findings
        self.checks = checks
        self.conceptCount = conceptCount
        self.files = files
        self.contextFiles = contextFiles
    }

    /// The number of findings of each check that ran (zero included).
    public var countsByCheck: [(code: CheckCode, count: Int)] {
        var counts: [CheckCode: Int] = [:]
        for finding in findings { counts[finding.code, default: 0] += 1 }
        return checks.map { ($0, counts[$0] ?? 0) }
    }

    /// The number of findings of a severity.
    public func count(_ severity: Severity) -> Int { findings.count { $0.severity == severity } }

    /// Whether any finding is at least as serious as `severity`.
    public func hasFindings(atLeast severity: Severity) -> Bool { findings.contains { $0.severity >= severity } }
}
