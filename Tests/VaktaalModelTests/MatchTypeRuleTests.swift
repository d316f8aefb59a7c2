import Testing
import VaktaalModel

/// The relation a candidate's evidence supports, and no stronger one.
@Suite struct MatchTypeRuleTests {
    @Test func sameLabelsAndAgreeingDefinitionsGiveExact() {
        let rule = MatchTypeRule(needCoverage: 1, labelCoverage: 1, labelsAgree: true, definitionSimilarity: 0.6)
        #expect(rule.type == .exact)
    }

    @Test func sameLabelsWithoutAgreeingDefinitionsGiveClose() {
        #expect(MatchTypeRule(needCoverage: 1, labelCoverage: 1, labelsAgree: true, definitionSimilarity: 0.05).type == .close)
        #expect(MatchTypeRule(needCoverage: 1, labelCoverage: 1, labelsAgree: true, definitionSimilarity: nil).type == .close)
    }

    @Test(arguments: [(0.6, 1.0), (1.0, 0.6), (0.85, 0.85), (0.4, 0.3)])
    func aPartialLabelMatchIsNeverExact(need: Double, label: Double) {
        let rule = MatchTypeRule(needCoverage: need, labelCoverage: label, labelsAgree: false, definitionSimilarity: 0.9, pathType: .exact)
        #expect(rule.type != .exact)
    }

    @Test func theSourceSayingMoreMakesTheTargetBroader() {
        // 'hardsolderen van koperleidingen' against 'hardsolderen'.
        #expect(MatchTypeRule(needCoverage: 0.5, labelCoverage: 1).type == .broad)
        // 'hardsolderen' against 'hardsolderen van koperleidingen'.
        #expect(MatchTypeRule(needCoverage: 1, labelCoverage: 0.5).type == .narrow)
    }

    @Test func theHierarchyDecidesBroadAndNarrow() {
        #expect(MatchTypeRule(needCoverage: 0.9, labelCoverage: 0.9, hierarchyType: .broad).type == .broad)
        #expect(MatchTypeRule(needCoverage: 0.3, labelCoverage: 0.2, hierarchyType: .narrow).type == .narrow)
        // Full labels both ways outrank the hierarchy.
        #expect(MatchTypeRule(needCoverage: 1, labelCoverage: 1, labelsAgree: true, definitionSimilarity: 0.5, hierarchyType: .broad).type == .exact)
    }

    @Test func aPathThroughAnotherSchemeComposes() {
        #expect(MatchTypeRule(pathType: .broad).type == .broad)
        #expect(MatchTypeRule(pathType: .related).type == .related)
        #expect(MatchTypeRule(pathType: .exact).type == .close)
        #expect(MatchTypeRule(definitionSimilarity: 0.8, pathType: .exact).type == .close)
    }

    @Test func otherwiseClose() {
        #expect(MatchTypeRule().type == .close)
        #expect(MatchTypeRule(needCoverage: 0.5, labelCoverage: 0.5).type == .close)
    }
}
