/// Checks on associative and inverse relations: `related` between siblings (`var`), relations
/// stated in one direction only (`urc`, formerly "omitted inverse relations"), and concepts
/// related to themselves (`rrc`).
struct RelationChecks: ValidationCheck {
    let codes: [CheckCode] = [.valuelessAssociativeRelations, .unidirectionallyRelatedConcepts, .reflexivelyRelatedConcepts]

    /// The inverse of each relation qSKOS expects to see stated both ways.
    static let inverses: [KnownProperty: KnownProperty] = [
        .broader: .narrower, .narrower: .broader,
        .broaderTransitive: .narrowerTransitive, .narrowerTransitive: .broaderTransitive,
        .topConceptOf: .hasTopConcept, .hasTopConcept: .topConceptOf,
        .broadMatch: .narrowMatch, .narrowMatch: .broadMatch,
        .related: .related, .relatedMatch: .relatedMatch, .exactMatch: .exactMatch, .closeMatch: .closeMatch,
    ]

    func run(on index: ValidationIndex, into findings: inout FindingCollector) {
        if findings.wants(.valuelessAssociativeRelations) { reportSiblings(index, &findings) }
        if findings.wants(.unidirectionallyRelatedConcepts) { reportOneWay(index, &findings) }
        for edge in index.edges where edge.from == edge.to && RoleMask.semantic.contains(edge.role.mask) {
            findings.report(.reflexivelyRelatedConcepts, edge.from, "has \(edge.role.qualifiedName) itself", statedIn: edge.source)
        }
    }

    /// Siblings (a shared broader or a shared narrower concept) that are also `related`.
    private func reportSiblings(_ index: ValidationIndex, _ findings: inout FindingCollector) {
        let up = Adjacency(nodeCount: index.count, edges: index.edges,
                           forward: .of(.broader, .broaderTransitive), backward: .of(.narrower, .narrowerTransitive))
        let down = up.reversed
        var seen: Set<[Int32]> = []
        for edge in index.edges where RoleMask.associative.contains(edge.role.mask) && edge.from != edge.to {
            let pair = [min(edge.from, edge.to), max(edge.from, edge.to)]
            guard !seen.contains(pair) else { continue }
            let parent = up.neighbours(edge.from).first { up.neighbours(edge.to).contains($0) }
            let child = down.neighbours(edge.from).first { down.neighbours(edge.to).contains($0) }
            guard let shared = parent ?? child else { continue }
            seen.insert(pair)
            let how = parent != nil ? "broader" : "narrower"
            findings.report(.valuelessAssociativeRelations, edge.from,
                            "has \(edge.role.qualifiedName) \(findings.describe(edge.to)), but both already have the \(how) concept \(findings.describe(shared))",
                            related: [edge.to, shared], statedIn: edge.source)
        }
    }

    /// A relation whose inverse is not stated. Mappings between concepts of different schemes
    /// are left out: a mapping set is kept in one direction on purpose.
    private func reportOneWay(_ index: ValidationIndex, _ findings: inout FindingCollector) {
        var seen: Set<[Int32]> = []
        for edge in index.edges where edge.from != edge.to && index.inScope[Int(edge.to)] {
            guard let inverse = Self.inverses[edge.role],
                  !index.edgeKeys.contains(ValidationIndex.EdgeKey(from: edge.to, to: edge.from, role: inverse)),
                  !(RoleMask.mappings.contains(edge.role.mask) && Self.inDifferentSchemes(edge.from, edge.to, index)),
                  seen.insert([edge.from, edge.to]).inserted
            else { continue }
            findings.report(.unidirectionallyRelatedConcepts, edge.from,
                            "has \(edge.role.qualifiedName) \(findings.describe(edge.to)), which does not state \(inverse.qualifiedName) back",
                            related: [edge.to], statedIn: edge.source)
        }
    }

    /// Whether both concepts are in schemes, and in no scheme together.
    static func inDifferentSchemes(_ a: Int32, _ b: Int32, _ index: ValidationIndex) -> Bool {
        let first = index.schemes(of: a), second = index.schemes(of: b)
        return !first.isEmpty && !second.isEmpty && !first.contains(where: second.contains)
    }
}
