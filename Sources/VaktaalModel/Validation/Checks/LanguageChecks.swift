/// Language tags: literals of labels and notes without a usable tag (`oilt`), and concepts
/// lacking languages that other concepts have (`ilc`).
struct LanguageChecks: ValidationCheck {
    let codes: [CheckCode] = [.omittedOrInvalidLanguageTags, .incompleteLanguageCoverage]

    func run(on index: ValidationIndex, into findings: inout FindingCollector) {
        if findings.wants(.omittedOrInvalidLanguageTags) { reportTags(index, &findings) }
        if findings.wants(.incompleteLanguageCoverage) { reportCoverage(index, &findings) }
    }

    private func reportTags(_ index: ValidationIndex, _ findings: inout FindingCollector) {
        var byResource: [Int32: [ValidationIndex.LiteralProblem]] = [:]
        var order: [Int32] = []
        for problem in index.languageTagProblems {
            if byResource[problem.resource] == nil { order.append(problem.resource) }
            byResource[problem.resource, default: []].append(problem)
        }
        for resource in order {
            var seen: Set<String> = []
            let problems = byResource[resource]!.compactMap { problem -> String? in
                let literal = index.literal(problem.literal)
                let property = ValidationIndex.shortName(problem.predicate)
                let text = "\(property) \(literal.quoted) \(problem.problem)"
                return seen.insert(text).inserted ? text : nil
            }
            let shown = problems.prefix(3).joined(separator: "; ") + (problems.count > 3 ? "; and \(problems.count - 3) more" : "")
            findings.report(.omittedOrInvalidLanguageTags, resource, shown)
        }
    }

    private func reportCoverage(_ index: ValidationIndex, _ findings: inout FindingCollector) {
        let concepts = (0..<Int32(index.count)).filter { index.inScope[Int($0)] && index.isConcept[Int($0)] }
        var all = LanguageSet()
        for id in concepts { all.formUnion(index.languages[Int(id)]) }
        for id in concepts where !index.languages[Int(id)].isEmpty {
            let missing = index.languages[Int(id)].missing(from: all)
            guard !missing.isEmpty else { continue }
            let names = missing.map { index.languageNames[$0] }.sorted()
            findings.report(.incompleteLanguageCoverage, id, "has no text in " + names.joined(separator: ", ") + ", which other concepts have")
        }
    }
}
