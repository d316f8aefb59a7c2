import Dispatch

/// Runs the SKOS integrity conditions, qSKOS's quality checks and Vaktaal's cross-vocabulary
/// checks over loaded files.
///
/// The checks work on the graphs, not on ``Vocabulary``: like qSKOS they need what the model
/// leaves aside (resources typed twice, SKOS terms that do not exist, declared sub-properties,
/// concepts only mentioned as the target of a relation). Each source is read once into a
/// ``ValidationIndex``; every check is then linear in the size of the data, apart from
/// reachability searches bounded by the depth of the hierarchy.
public struct Validator: Sendable {
    /// What to check and how to report.
    public var options: ValidationOptions

    /// Creates a validator.
    public init(options: ValidationOptions = ValidationOptions()) {
        self.options = options
    }

    /// The checks, heaviest first so that they start first when run side by side.
    private static let checks: [any ValidationCheck] = [
        LabelChecks(), OverlappingLabelsCheck(), RelationChecks(), CrossVocabularyChecks(), HierarchyChecks(),
        LanguageChecks(), ConnectivityChecks(), MappingChecks(), SchemeChecks(), UndefinedTermsCheck(),
    ]

    /// Validates files: those not marked as context are reported on, context files only help.
    /// - Parameter sources: The files.
    /// - Returns: The findings, errors first.
    public func validate(_ sources: [ValidationSource]) -> ValidationReport {
        var input = ValidationInput()
        for source in sources {
            input.startFile(source.name, isContext: source.isContext)
            input.add(source.graph)
        }
        return validate(input)
    }

    /// Validates the files taken into `input`.
    /// - Returns: The findings, errors first.
    public func validate(_ input: ValidationInput) -> ValidationReport {
        var index = input.index
        index.finish()
        let collectors = Self.run(Self.checks.filter { $0.codes.contains(where: options.checks.contains) },
                                  into: FindingCollector(index: index, wanted: options.checks, options: options))
        var findings = collectors.flatMap(\.findings).map { raw in
            Finding(code: raw.code, severity: raw.severity, concept: index.name(raw.resource),
                    label: index.displayLabel(of: raw.resource, language: options.language), message: raw.message,
                    related: raw.related.map(index.name),
                    location: FindingLocation(file: raw.source.map { index.files[Int($0)].name } ?? index.sourceName(of: raw.resource)))
        }
        findings.sort { ($1.severity, $0.code, $0.concept, $0.message) < ($0.severity, $1.code, $1.concept, $1.message) }
        let concepts = (0..<index.count).count { index.inScope[$0] && index.isConcept[$0] }
        return ValidationReport(findings: findings, checks: options.checks.sorted(), conceptCount: concepts,
                                files: index.files.filter { !$0.isContext }.map(\.name),
                                contextFiles: index.files.filter(\.isContext).map(\.name))
    }

    /// Runs checks side by side (they only read the index), each into its own collector.
    private static func run(_ checks: [any ValidationCheck], into empty: FindingCollector) -> [FindingCollector] {
        let index = empty.index
        let results = ResultSlots(Array(repeating: empty, count: checks.count))
        DispatchQueue.concurrentPerform(iterations: checks.count) { number in
            var collector = empty
            checks[number].run(on: index, into: &collector)
            results.store(collector, at: number)
        }
        return results.collected()
    }

    /// Validates a vocabulary held in memory.
    /// - Parameters:
    ///   - vocabulary: The vocabulary; its graph is rebuilt losslessly.
    ///   - name: The name findings point to.
    public func validate(_ vocabulary: Vocabulary, name: String) -> ValidationReport {
        validate([ValidationSource(name: name, graph: vocabulary.graph())])
    }
}


/// One slot per check for the collectors of checks running side by side; each check writes only
/// its own slot, and the slots are read after all checks have finished.
private final class ResultSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<FindingCollector>

    init(_ initial: [FindingCollector]) {
        slots = .allocate(capacity: initial.count)
        _ = slots.initialize(from: initial)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ collector: FindingCollector, at number: Int) { slots[number] = collector }

    func collected() -> [FindingCollector] { Array(slots) }
}
