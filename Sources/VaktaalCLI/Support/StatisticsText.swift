import VaktaalModel

/// Renders statistics as text tables.
struct StatisticsText {
    let statistics: VocabularyStatistics

    init(_ statistics: VocabularyStatistics) { self.statistics = statistics }

    func render() -> String {
        var lines = [
            "schemes      \(statistics.schemes)",
            "concepts     \(statistics.concepts)" + (statistics.deprecatedConcepts > 0 ? " (\(statistics.deprecatedConcepts) deprecated)" : ""),
            "collections  \(statistics.collections)",
            "relations    " + ["broader", "narrower", "related"].map { "\($0) \(statistics.relations[$0] ?? 0)" }.joined(separator: ", "),
            "mappings     \(statistics.mappings.values.reduce(0, +))" + typeMix(statistics.mappings),
            "other triples \(statistics.extraTriples)",
            "",
            "labels per language",
        ]
        let languages = Set(statistics.labels.values.flatMap(\.keys)).sorted()
        lines.append("  " + "kind".padding(13) + languages.map { $0.padding(7) }.joined())
        for kind in LabelKind.allCases {
            let counts = statistics.labels[kind.rawValue] ?? [:]
            lines.append("  " + kind.rawValue.padding(13) + languages.map { String(counts[$0] ?? 0).padding(7) }.joined())
        }
        if !statistics.notes.isEmpty {
            lines.append("notes        " + statistics.notes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        if !statistics.perScheme.isEmpty {
            lines += ["", "per scheme", "  " + "scheme".padding(46) + "concepts".padding(10) + "top".padding(6) + "depth".padding(7) + "mapped"]
            for scheme in statistics.perScheme {
                lines.append("  " + scheme.iri.padding(46) + String(scheme.concepts).padding(10) + String(scheme.topConcepts).padding(6)
                             + String(scheme.depth).padding(7) + "\(scheme.mappedConcepts) (\(percent(scheme.mappedShare)))")
            }
        }
        if !statistics.mappingSets.isEmpty {
            lines += ["", "mappings by scheme pair"]
            for set in statistics.mappingSets {
                let coverage = set.coverage.map { ", \(percent($0)) of source concepts" } ?? ""
                lines.append("  \(set.fromScheme) → \(set.toScheme): \(set.mappings) mappings, \(set.subjects) concepts\(coverage)" + typeMix(set.byType))
            }
        }
        return lines.joined(separator: "\n")
    }

    private func typeMix(_ counts: [String: Int]) -> String {
        guard !counts.isEmpty else { return "" }
        return " (" + MatchType.allCases.compactMap { type in counts[type.rawValue].map { "\(type.rawValue) \($0)" } }.joined(separator: ", ") + ")"
    }

    private func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
