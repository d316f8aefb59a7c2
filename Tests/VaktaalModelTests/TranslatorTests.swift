import Testing
import VaktaalModel

@Suite struct MatchCompositionTests {
    @Test(arguments: [
        (MatchType.exact, MatchType.exact, MatchType?.some(.exact)),
        (.exact, .close, .close), (.close, .exact, .close), (.close, .close, .close),
        (.broad, .broad, .broad), (.narrow, .narrow, .narrow),
        (.broad, .narrow, nil), (.narrow, .broad, nil),
        (.exact, .broad, .broad), (.narrow, .exact, .narrow),
        (.close, .broad, .broad), (.related, .exact, .related),
        (.related, .broad, nil), (.related, .related, nil),
    ])
    func composes(_ first: MatchType, _ second: MatchType, _ expected: MatchType?) {
        #expect(MatchComposition.compose(first, second) == expected)
    }
}

@Suite struct TranslatorTests {
    let vocabulary = Fixtures.sectors()
    var translator: Translator { Translator(vocabulary: vocabulary) }

    @Test func translatesThroughTheHubWithThePath() throws {
        let results = translator.translate("hardsolderen koperleiding", to: Fixtures.metaal, from: Fixtures.installatie)
        let first = try #require(results.first)
        #expect(first.target == Fixtures.metaal + "/MB1")
        #expect(first.type == .broad)
        #expect(first.steps.map(\.to) == [Fixtures.hub + "/H1.1.1", Fixtures.hub + "/H1.1", Fixtures.metaal + "/MB1"])
        #expect(first.steps.map(\.via) == [.mapping, .broaderConcept, .inverseMapping])
        #expect(first.confidence < 0.9)
    }

    @Test func inverseMappingsFlipBroadAndNarrow() throws {
        let results = translator.translate("MIG/MAG-lassen", to: Fixtures.metaal, from: Fixtures.hub)
        let first = try #require(results.first)
        #expect(first.target == Fixtures.metaal + "/MB2")
        #expect(first.type == .broad)
        #expect(first.steps.first?.via == .inverseMapping)
    }

    @Test func confidenceDecreasesPerHop() throws {
        let direct = try #require(translator.translate("hardsolderen", to: Fixtures.hub, from: Fixtures.metaal).first)
        let chained = try #require(translator.translate("hardsolderen", to: Fixtures.installatie, from: Fixtures.metaal).first)
        #expect(direct.confidence > chained.confidence)
    }

    @Test func unmappedTermGivesNothing() {
        #expect(translator.translate("cv-ketel onderhouden", to: Fixtures.metaal, from: Fixtures.installatie).isEmpty)
    }
}
