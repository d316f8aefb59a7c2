/// Concept schemes and collections: schemes without top concepts (`otc`), and resources that
/// are both a scheme and a concept (S9) or both a collection and a concept (S37). Classes
/// count when stated (`rdf:type`, also through declared subclasses) and when implied by the
/// domain and range of SKOS properties (`inScheme` points to a scheme, `broader` links concepts).
struct SchemeChecks: ValidationCheck {
    let codes: [CheckCode] = [.omittedTopConcepts, .schemeIsConcept, .collectionIsConcept]

    func run(on index: ValidationIndex, into findings: inout FindingCollector) {
        var hasTop = [Bool](repeating: false, count: index.count)
        for edge in index.edges {
            if edge.role == .hasTopConcept { hasTop[Int(edge.from)] = true }
            if edge.role == .topConceptOf { hasTop[Int(edge.to)] = true }
        }
        for id in 0..<Int32(index.count) {
            let number = Int(id)
            if index.isScheme[number], !hasTop[number] {
                findings.report(.omittedTopConcepts, id, "concept scheme has no top concepts (no hasTopConcept or topConceptOf)")
            }
            guard index.isConcept[number] else { continue }
            if index.isScheme[number] {
                findings.report(.schemeIsConcept, id, "is both a concept scheme and a concept (\(evidence(id, .scheme, index))) (S9)")
            }
            if index.isCollection[number] {
                findings.report(.collectionIsConcept, id, "is both a collection and a concept (\(evidence(id, .collection, index))) (S37)")
            }
        }
    }

    /// Whether the two classes are stated or implied.
    private func evidence(_ id: Int32, _ other: ClassMask, _ index: ValidationIndex) -> String {
        let classes = index.classes[Int(id)]
        let concept = classes.contains(.concept) ? "typed skos:Concept" : "used as a concept"
        let otherName = other == .scheme ? "ConceptScheme" : "Collection"
        let second = classes.contains(other) ? "typed skos:\(otherName)" : "used as a \(other == .scheme ? "concept scheme" : "collection")"
        return concept + ", " + second
    }
}
