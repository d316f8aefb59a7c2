/// Terms in the SKOS and SKOS-XL namespaces that those vocabularies do not define, and the
/// SKOS 2004 terms the SKOS reference deprecates (`usr`). One finding per term.
struct UndefinedTermsCheck: ValidationCheck {
    let codes: [CheckCode] = [.undefinedSKOSResources]

    func run(on index: ValidationIndex, into findings: inout FindingCollector) {
        for term in index.undefinedTerms {
            findings.report(.undefinedSKOSResources, term.resource, "uses <\(term.term)>, which is \(term.problem)")
        }
    }
}
