import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// The evaluation set of advisor needs (Tests/Evaluation/advisor-needs.tsv) holds a floor under
/// the quality of `translate`'s answers: no change may lower these figures. The figures reached
/// are in the README; the floors sit just below them.
@Suite struct AdvisorEvaluationTests {
    static let evaluation: AdvisorEvaluation = {
        let root = CLIRunner.repositoryRoot
        let text = try! String(contentsOfFile: root + "/Tests/Evaluation/advisor-needs.tsv", encoding: .utf8)
        let cases = try! AdvisorCase.parse(text)
        let vocabulary = try! VocabularyLoader.loadVocabulary(paths: [root + "/Vocabularies"])
        return AdvisorEvaluation(cases: cases, translator: Translator(vocabulary: vocabulary))
    }()

    @Test func theSetIsLargeAndCoversEveryDirection() {
        let outcomes = Self.evaluation.outcomes
        #expect(outcomes.count >= 150)
        let directions = Set(outcomes.map { "\($0.case.from)→\($0.case.to)" })
        #expect(directions.count >= 9)
        #expect(Set(outcomes.map(\.case.kind)) == ["term", "sentence"])
        #expect(outcomes.contains { $0.case.expectsNoCounterpart })
    }

    @Test func overallFiguresStayAboveTheFloor() {
        let total = Self.evaluation.total
        #expect(total.hitAt1Share >= Floor.hitAt1, "hit@1 \(total.hitAt1Share)")
        #expect(total.hitAt3Share >= Floor.hitAt3, "hit@3 \(total.hitAt3Share)")
        #expect(total.meanReciprocalRank >= Floor.meanReciprocalRank, "MRR \(total.meanReciprocalRank)")
        #expect(total.honestShare >= Floor.honestNoCounterpart, "honest \(total.noCounterpartHonest)/\(total.noCounterpartCases)")
        #expect(total.wrongExactAt1 == 0, "wrong exactMatch at rank 1: \(total.wrongExactAt1)")
    }

    @Test func heldOutCasesDoNoWorseThanTheFloor() {
        var held = Self.evaluation
        held.outcomes = held.outcomes.filter { $0.case.split == "test" }
        #expect(held.total.hitAt3Share >= Floor.heldOutHitAt3, "held-out hit@3 \(held.total.hitAt3Share)")
        #expect(held.total.hitAt1Share >= Floor.heldOutHitAt1, "held-out hit@1 \(held.total.hitAt1Share)")
    }

    @Test func everyDirectionAndKindIsServed() {
        for (group, figures) in Self.evaluation.figures(by: { "\($0.from)→\($0.to)" }) + Self.evaluation.figures(by: \.kind) {
            #expect(figures.hitAt3Share >= Floor.hitAt3PerGroup, "\(group): hit@3 \(figures.hitAt3Share)")
        }
    }

    enum Floor {
        static let hitAt1 = 0.78
        static let hitAt3 = 0.90
        static let meanReciprocalRank = 0.84
        static let honestNoCounterpart = 0.8
        static let heldOutHitAt1 = 0.76
        static let heldOutHitAt3 = 0.87
        static let hitAt3PerGroup = 0.8
    }
}
