/// Collects findings, keeping only wanted checks and resources the report is about.
struct FindingCollector: Sendable {
    let index: ValidationIndex
    let wanted: Set<CheckCode>
    let options: ValidationOptions
    private(set) var findings: [RawFinding] = []

    init(index: ValidationIndex, wanted: Set<CheckCode>, options: ValidationOptions) {
        self.index = index
        self.wanted = wanted
        self.options = options
    }

    /// Whether any of these checks is wanted.
    func wants(_ codes: CheckCode...) -> Bool { codes.contains { wanted.contains($0) } }

    /// Reports a finding about a resource, unless the check is not wanted or the resource is
    /// outside the validated files.
    mutating func report(_ code: CheckCode, _ resource: Int32, _ message: String, related: [Int32] = [],
                         statedIn source: Int16? = nil) {
        guard wanted.contains(code), index.inScope[Int(resource)] else { return }
        findings.append(RawFinding(code: code, severity: code.severity, resource: resource,
                                   message: message, related: related, source: source))
    }

    /// How a resource is shown in a message: its preferred label in quotes, else its IRI.
    func describe(_ id: Int32) -> String {
        if let label = index.displayLabel(of: id, language: options.language) { return "'\(label)' <\(index.name(id))>" }
        return "<\(index.name(id))>"
    }
}
