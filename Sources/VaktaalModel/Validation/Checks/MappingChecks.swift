/// Mapping relations: `exactMatch` together with a hierarchical or associative match (S46,
/// `mc`), and mapping relations inside one scheme (`mri`).
struct MappingChecks: ValidationCheck {
    let codes: [CheckCode] = [.mappingClashes, .mappingRelationsMisuse]

    func run(on index: ValidationIndex, into findings: inout FindingCollector) {
        if findings.wants(.mappingClashes) { reportClashes(index, &findings) }
        if findings.wants(.mappingRelationsMisuse) { reportMisuse(index, &findings) }
    }

    /// S46: `exactMatch` is transitive and symmetric, and disjoint from `broadMatch` and
    /// `relatedMatch` (and so from `narrowMatch`, the inverse of `broadMatch`).
    private func reportClashes(_ index: ValidationIndex, _ findings: inout FindingCollector) {
        var exact = UnionFind(count: index.count)
        for edge in index.edges where edge.role == .exactMatch { exact.union(edge.from, edge.to) }
        var seen: Set<[Int32]> = []
        for edge in index.edges where edge.from != edge.to {
            guard [.broadMatch, .narrowMatch, .relatedMatch].contains(edge.role),
                  exact.find(edge.from) == exact.find(edge.to),
                  seen.insert([min(edge.from, edge.to), max(edge.from, edge.to)]).inserted
            else { continue }
            let direct = index.edgeKeys.contains(ValidationIndex.EdgeKey(from: edge.from, to: edge.to, role: .exactMatch))
                || index.edgeKeys.contains(ValidationIndex.EdgeKey(from: edge.to, to: edge.from, role: .exactMatch))
            findings.report(.mappingClashes, edge.from,
                            "has \(edge.role.qualifiedName) \(findings.describe(edge.to)), but is also skos:exactMatch with it\(direct ? "" : " through other exactMatch links") (S46)",
                            related: [edge.to], statedIn: edge.source)
        }
    }

    /// Mapping relations link concepts of different schemes; qSKOS also flags concepts in no scheme.
    private func reportMisuse(_ index: ValidationIndex, _ findings: inout FindingCollector) {
        for edge in index.edges where RoleMask.mappings.contains(edge.role.mask) && edge.from != edge.to {
            guard index.inScope[Int(edge.to)] else { continue }
            let first = index.schemes(of: edge.from), second = index.schemes(of: edge.to)
            let reason: String
            if let shared = first.first(where: second.contains) {
                reason = "both are in <\(index.name(shared))>"
            } else if first.isEmpty && second.isEmpty {
                reason = "neither is in a concept scheme"
            } else if first.isEmpty {
                reason = "this concept is in no concept scheme"
            } else if second.isEmpty {
                reason = "that concept is in no concept scheme"
            } else {
                continue
            }
            findings.report(.mappingRelationsMisuse, edge.from,
                            "has \(edge.role.qualifiedName) \(findings.describe(edge.to)), but mapping relations are for concepts of different schemes: \(reason)",
                            related: [edge.to], statedIn: edge.source)
        }
    }
}
