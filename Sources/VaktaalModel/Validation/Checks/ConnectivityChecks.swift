/// Concepts without semantic relations (`oc`) and groups of concepts cut off from the rest
/// (`dcc`). Semantic relations include the mapping relations, as in qSKOS.
struct ConnectivityChecks: ValidationCheck {
    let codes: [CheckCode] = [.orphanConcepts, .disconnectedConceptClusters]

    func run(on index: ValidationIndex, into findings: inout FindingCollector) {
        var related = [Bool](repeating: false, count: index.count)
        var clusters = UnionFind(count: index.count)
        for edge in index.edges where RoleMask.semantic.contains(edge.role.mask) {
            related[Int(edge.from)] = true
            related[Int(edge.to)] = true
            clusters.union(edge.from, edge.to)
        }
        for id in 0..<Int32(index.count) where index.isConcept[Int(id)] && !related[Int(id)] {
            findings.report(.orphanConcepts, id, "concept has no broader, narrower, related or mapping relation")
        }
        guard findings.wants(.disconnectedConceptClusters) else { return }
        var members: [Int32: [Int32]] = [:]
        for id in 0..<Int32(index.count) where index.isConcept[Int(id)] && related[Int(id)] {
            members[clusters.find(id), default: []].append(id)
        }
        guard members.count > 1 else { return }
        let groups = members.values.sorted { ($0.count, $1[0]) > ($1.count, $0[0]) }
        let largest = groups[0].count
        for group in groups.dropFirst() {
            guard let first = group.first(where: { index.inScope[Int($0)] }) else { continue }
            let others = group.filter { $0 != first }
            findings.report(.disconnectedConceptClusters, first,
                            "is in a cluster of \(group.count) concepts not connected to the largest cluster (\(largest) concepts); \(groups.count) clusters in all",
                            related: Array(others.prefix(50)))
        }
    }
}
