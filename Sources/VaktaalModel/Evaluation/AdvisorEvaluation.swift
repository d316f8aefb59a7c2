/// Scores `translate` on an evaluation set: per direction (and overall) how often a fitting target
/// comes first (hit@1) or among the first three (hit@3), the mean reciprocal rank, how many
/// "no counterpart" needs are answered honestly (no answer offered as a counterpart at rank 1),
/// and how often rank 1 is a wrong exactMatch.
package struct AdvisorEvaluation: Sendable {
    /// The outcome of one case.
    package struct Outcome: Sendable {
        package var `case`: AdvisorCase
        /// The 1-based rank of the first accepted target, nil when none was offered (within 10).
        package var rank: Int?
        /// The targets offered, best first.
        package var offered: [String]
        /// The relation offered at rank 1.
        package var firstType: MatchType?
        /// For a "no counterpart" case: whether rank 1 was honestly a nearest answer.
        package var honest: Bool
    }

    /// Figures over a group of cases.
    package struct Figures: Sendable, Equatable, Encodable {
        package var cases = 0
        package var hitAt1 = 0
        package var hitAt3 = 0
        package var reciprocalRankSum = 0.0
        package var noCounterpartCases = 0
        package var noCounterpartHonest = 0
        package var wrongExactAt1 = 0

        /// Cases with an accepted answer (hit and MRR are computed over these).
        package var answerable: Int { cases - noCounterpartCases }
        package var hitAt1Share: Double { answerable > 0 ? Double(hitAt1) / Double(answerable) : 0 }
        package var hitAt3Share: Double { answerable > 0 ? Double(hitAt3) / Double(answerable) : 0 }
        package var meanReciprocalRank: Double { answerable > 0 ? reciprocalRankSum / Double(answerable) : 0 }
        package var honestShare: Double { noCounterpartCases > 0 ? Double(noCounterpartHonest) / Double(noCounterpartCases) : 1 }

        mutating func add(_ outcome: Outcome) {
            cases += 1
            if outcome.case.expectsNoCounterpart {
                noCounterpartCases += 1
                if outcome.honest { noCounterpartHonest += 1 }
            } else if let rank = outcome.rank {
                if rank == 1 { hitAt1 += 1 }
                if rank <= 3 { hitAt3 += 1 }
                reciprocalRankSum += 1 / Double(rank)
            }
            if outcome.firstType == .exact, outcome.rank != 1 { wrongExactAt1 += 1 }
        }
    }

    package var outcomes: [Outcome] = []

    /// Runs every case through the translator; a case whose schemes do not resolve counts as a miss.
    package init(cases: [AdvisorCase], translator: Translator) {
        for item in cases {
            var offered: [Translation] = []
            offered = (try? translator.translate(item.query, to: item.to, from: item.from, limit: 10)) ?? []
            let rank = offered.firstIndex { item.accepted.contains($0.target) }.map { $0 + 1 }
            outcomes.append(Outcome(case: item, rank: rank, offered: offered.map(\.target), firstType: offered.first?.type,
                                    honest: offered.first.map { !$0.isCounterpart } ?? true))
        }
    }

    /// Figures per group (`from→to`, `kind`, …), in key order.
    package func figures(by key: (AdvisorCase) -> String) -> [(String, Figures)] {
        var groups: [String: Figures] = [:]
        for outcome in outcomes { groups[key(outcome.case), default: Figures()].add(outcome) }
        return groups.sorted { $0.key < $1.key }
    }

    /// Figures over every case.
    package var total: Figures {
        var figures = Figures()
        for outcome in outcomes { figures.add(outcome) }
        return figures
    }
}
