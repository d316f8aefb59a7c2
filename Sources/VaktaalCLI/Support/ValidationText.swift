import VaktaalModel

/// Renders a validation report for a terminal: a summary by check, then one line per finding
/// in the `file:line: severity [code] …` form editors understand.
struct ValidationText {
    let report: ValidationReport
    let failOn: Severity

    init(_ report: ValidationReport, failOn: Severity) {
        self.report = report
        self.failOn = failOn
    }

    func render() -> String {
        var lines = [headline(), ""]
        lines.append("code".padding(24) + "severity".padding(9) + "findings".padding(10) + "check")
        for (code, count) in report.countsByCheck {
            let condition = code.skosCondition.map { " (\($0))" } ?? ""
            lines.append(code.rawValue.padding(24) + code.severity.rawValue.padding(9)
                         + String(count).leftPadding(8) + "  " + code.name + condition)
        }
        if !report.findings.isEmpty {
            lines += ["", "findings"]
            lines += report.findings.map(line)
        }
        return lines.joined(separator: "\n")
    }

    private func headline() -> String {
        let files = report.files.count == 1 ? "1 file" : "\(report.files.count) files"
        let context = report.contextFiles.isEmpty ? "" : " (+\(report.contextFiles.count) context)"
        let verdict = report.hasFindings(atLeast: failOn) ? "FAIL" : "OK"
        return "\(verdict): \(files)\(context), \(report.conceptCount) concepts: "
            + "\(report.count(.error)) errors, \(report.count(.warning)) warnings, \(report.count(.info)) info"
    }

    private func line(_ finding: Finding) -> String {
        let place = finding.location.map { "\($0): " } ?? ""
        let label = finding.label.map { " '\($0)'" } ?? ""
        return "\(place)\(finding.severity.rawValue) [\(finding.code.rawValue)] <\(finding.concept)>\(label): \(finding.message)"
    }
}

extension String {
    /// The string padded on the left with spaces to `width` characters.
    func leftPadding(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
