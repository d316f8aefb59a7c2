/// A group of related checks run over the validation index.
protocol ValidationCheck: Sendable {
    /// The codes this check reports; it is skipped when none of them is wanted.
    var codes: [CheckCode] { get }
    /// Reports what it finds.
    func run(on index: ValidationIndex, into findings: inout FindingCollector)
}
