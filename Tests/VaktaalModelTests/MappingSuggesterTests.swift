import Testing
import VaktaalModel

/// Candidates on the small fixture vocabulary: a metaal concept without a hub mapping gets its
/// counterparts, best first, with the relation the evidence supports.
@Suite struct MappingSuggesterTests {
    static func vocabulary() -> Vocabulary {
        var vocabulary = Fixtures.sectors()
        var brazing = Fixtures.concept(Fixtures.metaal, "MB4", nl: "hardsolderen van koperleidingen")
        brazing.notes[.definition] = [LangString("Koperen leidingen capillair verbinden met een hardsoldeer.", language: "nl")]
        vocabulary.upsert(brazing)
        vocabulary.modifyConcept(Fixtures.hub + "/H1.1.1") {
            $0.notes[.definition] = [LangString("Koperen leidingen capillair verbinden met een hardsoldeer boven 450 °C.", language: "nl")]
        }
        vocabulary.upsert(Fixtures.concept(Fixtures.metaal, "MB5", nl: "koperleiding solderen", broader: ["MB1"]))
        return vocabulary
    }

    @Test func unmappedConceptsGetCandidatesBestFirst() throws {
        let suggester = MappingSuggester(vocabulary: Self.vocabulary())
        let suggestions = suggester.suggestions(from: Fixtures.metaal, to: Fixtures.hub, options: .init(limit: 3))
        // MB1 and MB2 are mapped already; MB3, MB4, MB5 are not.
        #expect(!suggestions.contains { $0.subject.hasSuffix("/MB1") || $0.subject.hasSuffix("/MB2") })
        let brazing = suggestions.filter { $0.subject == Fixtures.metaal + "/MB4" }
        let first = try #require(brazing.first)
        #expect(first.object == Fixtures.hub + "/H1.1.1")
        #expect(first.rank == 1)
        // Same label, agreeing definitions: exact.
        #expect(first.type == .exact)
        #expect(first.justification == MappingSuggester.lexicalMatching || first.justification == MappingSuggester.compositeMatching)
        #expect(first.evidence.contains { $0.hasPrefix("label ") })
        #expect(brazing.map(\.rank) == Array(1...brazing.count))
        #expect(zip(brazing, brazing.dropFirst()).allSatisfy { $0.confidence >= $1.confidence })
        #expect(brazing.allSatisfy { (0...1).contains($0.confidence) })
    }

    @Test func allIncludesMappedConceptsAndLimitHolds() {
        let suggester = MappingSuggester(vocabulary: Self.vocabulary())
        let suggestions = suggester.suggestions(from: Fixtures.metaal, to: Fixtures.hub, options: .init(limit: 1, includeMapped: true))
        #expect(suggestions.contains { $0.subject == Fixtures.metaal + "/MB1" && $0.object == Fixtures.hub + "/H1.1" })
        #expect(Dictionary(grouping: suggestions, by: \.subject).values.allSatisfy { $0.count == 1 })
    }

    @Test func aMappedParentSupportsCandidatesUnderItsTarget() throws {
        let suggester = MappingSuggester(vocabulary: Self.vocabulary())
        let child = suggester.suggestions(from: Fixtures.metaal, to: Fixtures.hub, options: .init(limit: 5))
            .filter { $0.subject == Fixtures.metaal + "/MB5" }
        // MB5's parent MB1 maps to H1.1; H1.1.1 lies under it.
        let under = try #require(child.first { $0.object == Fixtures.hub + "/H1.1.1" })
        #expect(under.signals["hierarchy"] ?? 0 > 0)
        #expect(under.justification == MappingSuggester.compositeMatching)
        var options = MappingSuggester.Options(limit: 5)
        options.signals.remove(.hierarchy)
        let without = suggester.suggestions(from: Fixtures.metaal, to: Fixtures.hub, options: options)
            .first { $0.subject == Fixtures.metaal + "/MB5" && $0.object == Fixtures.hub + "/H1.1.1" }
        #expect((without?.confidence ?? 0) < under.confidence)
    }

    @Test func anotherBranchsMappingIsEvidence() throws {
        // IT1 'koperleidingen hardsolderen' maps to H1.1.1; MB4 matches IT1's labels.
        let suggester = MappingSuggester(vocabulary: Self.vocabulary())
        let found = try #require(suggester.suggestions(from: Fixtures.metaal, to: Fixtures.hub, options: .init(limit: 3))
            .first { $0.subject == Fixtures.metaal + "/MB4" && $0.object == Fixtures.hub + "/H1.1.1" })
        #expect(found.signals["branches"] ?? 0 > 0)
        #expect(found.evidence.contains { $0.contains("via ") && $0.contains("IT1") })
    }

    @Test func minimumConfidenceLeavesWeakCandidatesOut() {
        let suggester = MappingSuggester(vocabulary: Self.vocabulary())
        let strict = suggester.suggestions(from: Fixtures.metaal, to: Fixtures.hub, options: .init(limit: 5, minimumConfidence: 0.8))
        #expect(strict.allSatisfy { $0.confidence >= 0.8 })
    }

    @Test func aDefinitionIsOneQueryNotOneQueryPerClause() {
        var vocabulary = Self.vocabulary()
        var operating = Fixtures.concept(Fixtures.metaal, "MB6", nl: "procesbediening")
        operating.notes[.definition] = [LangString("Een continu proces, zoals bij het coaten en solderen, binnen de grenzen houden.", language: "nl")]
        vocabulary.upsert(operating)
        func definitions(_ parts: Bool) -> Double {
            var options = MappingSuggester.Options(limit: 5)
            options.weights.definitionParts = parts
            return MappingSuggester(vocabulary: vocabulary).suggestions(from: Fixtures.metaal, to: Fixtures.hub, options: options)
                .first { $0.subject == Fixtures.metaal + "/MB6" && $0.object == Fixtures.hub + "/H1" }?.signals["definitions"] ?? 0
        }
        // The clause 'solderen' names H1 in full, but the definition as a whole does not.
        #expect(definitions(true) > 0.8)
        #expect(definitions(false) < 0.5)
        // And whole is what the shipped weights do.
        #expect(!SuggestionWeights().definitionParts)
    }

    @Test func unknownSchemesAreRefused() {
        let suggester = MappingSuggester(vocabulary: Self.vocabulary())
        #expect(throws: SchemeNameError.self) { try suggester.suggest(from: "nowhere", to: Fixtures.hub) }
    }

    @Test func leavingOutRemovesEveryMappingBetweenTheSchemes() {
        let vocabulary = Self.vocabulary()
        let curated = SuggestionEvaluation.curated(in: vocabulary, from: Fixtures.metaal, to: Fixtures.hub)
        #expect(curated.count == 2)
        let reduced = SuggestionEvaluation.leavingOut(vocabulary, from: Fixtures.metaal, to: Fixtures.hub)
        #expect(reduced.mappings.count == 1)
        let suggestions = MappingSuggester(vocabulary: reduced).suggestions(from: Fixtures.metaal, to: Fixtures.hub,
                                                                            options: .init(limit: 5, includeMapped: true))
        let score = SuggestionEvaluation(source: Fixtures.metaal, target: Fixtures.hub, curated: curated, suggestions: suggestions)
        #expect(score.concepts == 2)
        #expect(score.hitsAt1 >= 1) // MB1 'hardsolderen' → H1.1 'hardsolderen'
        #expect(score.recallAt5 >= score.recallAt1)
    }
}
