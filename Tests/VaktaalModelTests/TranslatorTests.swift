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
        let results = try translator.translate("hardsolderen koperleiding", to: Fixtures.metaal, from: Fixtures.installatie)
        let first = try #require(results.first)
        #expect(first.target == Fixtures.metaal + "/MB1")
        #expect(first.type == .broad)
        #expect(first.steps.map(\.to) == [Fixtures.hub + "/H1.1.1", Fixtures.hub + "/H1.1", Fixtures.metaal + "/MB1"])
        #expect(first.steps.map(\.via) == [.mapping, .broaderConcept, .inverseMapping])
        #expect(first.confidence < 0.9)
    }

    @Test func inverseMappingsFlipBroadAndNarrow() throws {
        let results = try translator.translate("MIG/MAG-lassen", to: Fixtures.metaal, from: Fixtures.hub)
        let first = try #require(results.first)
        #expect(first.target == Fixtures.metaal + "/MB2")
        #expect(first.type == .broad)
        #expect(first.steps.first?.via == .inverseMapping)
    }

    @Test func confidenceDecreasesPerHop() throws {
        let direct = try #require(try translator.translate("hardsolderen", to: Fixtures.hub, from: Fixtures.metaal).first)
        let chained = try #require(try translator.translate("hardsolderen", to: Fixtures.installatie, from: Fixtures.metaal).first)
        #expect(direct.confidence > chained.confidence)
    }

    @Test func unmappedTermGivesNothing() throws {
        #expect(try translator.translate("cv-ketel onderhouden", to: Fixtures.metaal, from: Fixtures.installatie).isEmpty)
    }

    @Test func schemesByShortNameAsByIRI() throws {
        let byName = try translator.translate("hardsolderen koperleiding", to: "mb", from: "it")
        let byIRI = try translator.translate("hardsolderen koperleiding", to: Fixtures.metaal, from: Fixtures.installatie)
        #expect(!byName.isEmpty)
        #expect(byName.map(\.target) == byIRI.map(\.target))
    }

    @Test func unknownAndSameSchemesAreErrors() {
        #expect(throws: TranslationError.self) { try translator.translate("hardsolderen", to: "nergens") }
        do {
            _ = try translator.translate("hardsolderen", to: "mb", from: Fixtures.metaal)
            Issue.record("translating into the source scheme should throw")
        } catch {
            #expect(error == .sameScheme(Fixtures.metaal))
        }
    }

    /// Found by the translation property test: a scheme that only its concepts name (no
    /// `skos:ConceptScheme` of its own) was taken for a namespace, so a mapped concept of another
    /// scheme whose IRI starts with the scheme's IRI was answered as a concept of it.
    @Test func schemeNamedOnlyByConceptsIsNoNamespace() throws {
        let other = "https://example.org/other"
        let named = "https://example.org/named"
        var vocabulary = Vocabulary()
        vocabulary.upsert(ConceptScheme(iri: other))
        vocabulary.upsert(Fixtures.concept(other, "A", nl: "lassen"))
        var lookalike = Fixtures.concept(other, "B", nl: "lasnaad")
        lookalike.iri = named + "/B"
        vocabulary.upsert(lookalike)
        vocabulary.upsert(Fixtures.concept(named, "N", nl: "booglassen"))
        vocabulary.mappings = [Fixtures.mapping(other + "/A", .exact, named + "/B")]
        let results = try Translator(vocabulary: vocabulary).translate("lassen", to: named, from: other)
        #expect(!results.contains { $0.target == named + "/B" })
        #expect(results.allSatisfy { $0.target == named + "/N" })
    }
}
