/// A finding before labels and locations are attached: resources still by number.
struct RawFinding: Sendable {
    let code: CheckCode
    let severity: Severity
    let resource: Int32
    let message: String
    let related: [Int32]
    /// The file the statement behind the finding comes from, when it is about one statement.
    let source: Int16?
}
