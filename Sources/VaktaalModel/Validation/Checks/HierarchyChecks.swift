/// Checks on the broader/narrower hierarchy: cycles (`chr`), redundant broader links (`hr`),
/// top concepts with broader concepts (`tchbc`), transitive links without a hierarchy behind
/// them (`strc`), and `related` between hierarchically connected concepts (S27, `rc`).
///
/// As in qSKOS, the hierarchy for cycles and relation clashes includes `broaderTransitive` and
/// the hierarchical mapping relations (`broadMatch`, `narrowMatch`).
struct HierarchyChecks: ValidationCheck {
    let codes: [CheckCode] = [
        .cyclicHierarchicalRelations, .hierarchicalRedundancy, .topConceptsHavingBroaderConcepts,
        .solelyTransitivelyRelatedConcepts, .relationClashes,
    ]

    /// Child-to-parent graphs of different reach.
    struct Hierarchies {
        /// `broader`, `broaderTransitive`, `broadMatch` and their inverses.
        let all: Adjacency
        /// `broadMatch` and `narrowMatch` read backward.
        let matches: Adjacency
        /// `broader` and `narrower` only.
        let plain: Adjacency
        /// `broader`, `broaderTransitive` and their inverses, without mapping relations.
        let withinSchemes: Adjacency

        init(_ index: ValidationIndex) {
            func graph(_ up: RoleMask, _ down: RoleMask) -> Adjacency {
                Adjacency(nodeCount: index.count, edges: index.edges, forward: up, backward: down)
            }
            all = graph(.of(.broader, .broaderTransitive, .broadMatch), .of(.narrower, .narrowerTransitive, .narrowMatch))
            matches = graph(.of(.broadMatch), .of(.narrowMatch))
            plain = graph(.of(.broader), .of(.narrower))
            withinSchemes = graph(.of(.broader, .broaderTransitive), .of(.narrower, .narrowerTransitive))
        }
    }

    func run(on index: ValidationIndex, into findings: inout FindingCollector) {
        let hierarchies = Hierarchies(index)
        var search = Reachability(nodeCount: index.count)
        if findings.wants(.cyclicHierarchicalRelations) { reportCycles(hierarchies.all, index, &findings) }
        if findings.wants(.hierarchicalRedundancy) {
            reportRedundancy(hierarchies.plain, .broader, &search, index, &findings)
            reportRedundancy(hierarchies.matches, .broadMatch, &search, index, &findings)
        }
        if findings.wants(.topConceptsHavingBroaderConcepts) { reportTopConcepts(hierarchies.withinSchemes, index, &findings) }
        if findings.wants(.solelyTransitivelyRelatedConcepts) { reportTransitive(hierarchies.plain, &search, index, &findings) }
        if findings.wants(.relationClashes) { reportClashes(hierarchies.all, &search, index, &findings) }
    }

    private func reportCycles(_ graph: Adjacency, _ index: ValidationIndex, _ findings: inout FindingCollector) {
        for cycle in StronglyConnected.cycles(in: graph) {
            let members = cycle.sorted { index.name($0) < index.name($1) }
            guard let first = members.first(where: { index.inScope[Int($0)] }) else { continue }
            findings.report(.cyclicHierarchicalRelations, first,
                            "is in a hierarchy cycle of \(members.count) concepts: " + members.map { findings.describe($0) }.joined(separator: ", "),
                            related: members.filter { $0 != first })
        }
    }

    /// A direct broader link is redundant when another broader concept already leads to it. The
    /// hierarchy (`broader`/`narrower`) and the hierarchical mappings (`broadMatch`/`narrowMatch`)
    /// are looked at separately: paths mixing the two do not count.
    private func reportRedundancy(_ graph: Adjacency, _ relation: KnownProperty, _ search: inout Reachability,
                                  _ index: ValidationIndex, _ findings: inout FindingCollector) {
        for child in 0..<Int32(index.count) where index.inScope[Int(child)] {
            let parents = graph.distinctNeighbours(child)
            guard parents.count > 1 else { continue }
            var reported: Set<Int32> = []
            for via in parents {
                let others = parents.filter { $0 != via && !reported.contains($0) }
                guard !others.isEmpty else { continue }
                search.visitAll(graph, from: [via]) { node in
                    if others.contains(node), reported.insert(node).inserted {
                        findings.report(.hierarchicalRedundancy, child,
                                        "has \(relation.qualifiedName) \(findings.describe(node)), which its other \(relation.qualifiedName) \(findings.describe(via)) already leads to",
                                        related: [node, via])
                    }
                    return others.allSatisfy { reported.contains($0) }
                }
            }
        }
    }

    private func reportTopConcepts(_ graph: Adjacency, _ index: ValidationIndex, _ findings: inout FindingCollector) {
        var isTop = [Bool](repeating: false, count: index.count)
        for edge in index.edges {
            if edge.role == .topConceptOf { isTop[Int(edge.from)] = true }
            if edge.role == .hasTopConcept { isTop[Int(edge.to)] = true }
        }
        for id in 0..<Int32(index.count) where isTop[Int(id)] {
            let parents = graph.distinctNeighbours(id)
            guard !parents.isEmpty else { continue }
            findings.report(.topConceptsHavingBroaderConcepts, id,
                            "is a top concept but has the broader concept " + parents.map { findings.describe($0) }.joined(separator: ", "),
                            related: parents)
        }
    }

    /// `broaderTransitive` (and `narrowerTransitive`) should follow from `broader`/`narrower` links.
    private func reportTransitive(_ graph: Adjacency, _ search: inout Reachability, _ index: ValidationIndex,
                                  _ findings: inout FindingCollector) {
        var seen: Set<[Int32]> = []
        for edge in index.edges where edge.from != edge.to {
            let (lower, upper): (Int32, Int32)
            switch edge.role {
            case .broaderTransitive: (lower, upper) = (edge.from, edge.to)
            case .narrowerTransitive: (lower, upper) = (edge.to, edge.from)
            default: continue
            }
            guard !search.reaches(graph, from: lower, to: upper), seen.insert([edge.from, edge.to]).inserted else { continue }
            findings.report(.solelyTransitivelyRelatedConcepts, edge.from,
                            "has \(edge.role.qualifiedName) \(findings.describe(edge.to)), but no chain of skos:broader/skos:narrower links leads there",
                            related: [edge.to], statedIn: edge.source)
        }
    }

    /// S27: `related` is disjoint from `broaderTransitive`.
    private func reportClashes(_ graph: Adjacency, _ search: inout Reachability, _ index: ValidationIndex,
                               _ findings: inout FindingCollector) {
        var seen: Set<[Int32]> = []
        for edge in index.edges where RoleMask.associative.contains(edge.role.mask) && edge.from != edge.to {
            let pair = [min(edge.from, edge.to), max(edge.from, edge.to)]
            guard !seen.contains(pair) else { continue }
            let up = search.reaches(graph, from: edge.from, to: edge.to)
            guard up || search.reaches(graph, from: edge.to, to: edge.from) else { continue }
            seen.insert(pair)
            let path = (up ? search.path(graph, from: edge.from, to: edge.to) : search.path(graph, from: edge.to, to: edge.from)) ?? []
            let position = up ? "below" : "above"
            findings.report(.relationClashes, edge.from,
                            "has \(edge.role.qualifiedName) \(findings.describe(edge.to)), but is also \(position) it in the hierarchy: "
                                + path.map { "<\(index.name($0))>" }.joined(separator: " → ") + " (S27)",
                            related: [edge.to], statedIn: edge.source)
        }
    }
}
