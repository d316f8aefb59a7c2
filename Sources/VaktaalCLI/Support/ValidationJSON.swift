import VaktaalModel

/// A validation report as JSON: summary, counts by check, findings.
struct ValidationJSON: Encodable {
    struct Summary: Encodable {
        let files: [String]
        let contextFiles: [String]
        let concepts: Int
        let errors: Int
        let warnings: Int
        let info: Int
        let failOn: String
        let failed: Bool
    }

    struct Check: Encodable {
        let code: String
        let name: String
        let severity: String
        let skosCondition: String?
        let qskos: Bool
        let findings: Int
    }

    struct Item: Encodable {
        let code: String
        let severity: String
        let concept: String
        let label: String?
        let message: String
        let related: [String]
        let file: String?
        let line: Int?
    }

    let summary: Summary
    let checks: [Check]
    let findings: [Item]

    init(_ report: ValidationReport, failOn: Severity) {
        summary = Summary(files: report.files, contextFiles: report.contextFiles, concepts: report.conceptCount,
                          errors: report.count(.error), warnings: report.count(.warning), info: report.count(.info),
                          failOn: failOn.rawValue, failed: report.hasFindings(atLeast: failOn))
        checks = report.countsByCheck.map { code, count in
            Check(code: code.rawValue, name: code.name, severity: code.severity.rawValue,
                  skosCondition: code.skosCondition, qskos: code.isQSKOS, findings: count)
        }
        findings = report.findings.map { finding in
            Item(code: finding.code.rawValue, severity: finding.severity.rawValue, concept: finding.concept,
                 label: finding.label, message: finding.message, related: finding.related,
                 file: finding.location?.file, line: finding.location?.line)
        }
    }
}
