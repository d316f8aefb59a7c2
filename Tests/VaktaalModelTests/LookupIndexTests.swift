import Testing
import VaktaalModel

@Suite struct LookupIndexTests {
    let index = LookupIndex(Fixtures.sectors())

    @Test func exactPreferredBeforeAlternative() {
        let results = index.lookup("hardsolderen")
        #expect(results.first?.kind == .exactPreferred)
        #expect(results.prefix(2).allSatisfy { $0.kind == .exactPreferred })
        #expect(Set(results.prefix(2).map(\.concept)) == [Fixtures.hub + "/H1.1", Fixtures.metaal + "/MB1"])
    }

    @Test func alternativeLabelsMatchExactly() {
        let results = index.lookup("Brazen")
        #expect(results.first?.concept == Fixtures.hub + "/H1.1")
        #expect(results.first?.kind == .exactAlternative)
        #expect(results.first?.labelKind == "altLabel")
    }

    @Test func punctuationAndCaseAreFolded() {
        #expect(index.lookup("mig mag lassen").first?.concept == Fixtures.hub + "/H2")
        #expect(index.lookup("MIG/MAG LASSEN").first?.kind == .exactPreferred)
    }

    @Test func diacriticsAreFolded() {
        #expect(index.lookup("inspicient lasnaden").first?.concept == Fixtures.metaal + "/MB3")
    }

    @Test func wordOrderIsTolerated() {
        let first = index.lookup("koperleidingen hardsolderen", schemes: [Fixtures.hub]).first
        #expect(first?.concept == Fixtures.hub + "/H1.1.1")
        #expect(first?.kind == .fuzzy || first?.kind == .wordOrder)
        let exactWords = index.lookup("lasnaden inspiciënt").first
        #expect(exactWords?.kind == .wordOrder)
    }

    @Test func typosAreTolerated() {
        let results = index.lookup("hardsoldern")
        #expect(results.first.map { [Fixtures.hub + "/H1.1", Fixtures.metaal + "/MB1"].contains($0.concept) } == true)
        #expect(results.first?.kind == .fuzzy)
    }

    @Test func prefixSearchCompletes() {
        let results = index.lookup("hardsol")
        #expect(results.first?.kind == .prefix)
        #expect(results.count >= 3)
    }

    @Test func compoundsAndSplitFormsMeet() {
        let results = index.lookup("hardsolderen koperleiding", schemes: [Fixtures.hub])
        #expect(results.first?.concept == Fixtures.hub + "/H1.1.1")
    }

    @Test func schemeAndLanguageRestrict() {
        #expect(index.lookup("hardsolderen", schemes: [Fixtures.metaal]).map(\.concept) == [Fixtures.metaal + "/MB1"])
        #expect(index.lookup("hardsolderen", language: "en").isEmpty)
    }

    @Test func notationsAreFound() {
        #expect(index.lookup("IT2").first?.concept == Fixtures.installatie + "/IT2")
    }

    @Test func nothingMatchesGibberishButSuggestionsMayHelp() {
        #expect(index.lookup("xyzzy qwerty").isEmpty)
        #expect(!index.suggestions("hrdsolderen koper").isEmpty)
    }

    @Test func limitIsHonoured() {
        #expect(index.lookup("hardsol").count > 2)
        #expect(index.lookup("hardsol", limit: 2).count == 2)
    }

    @Test func greekAndCyrillicFoldCompleteAndTolerateTypos() {
        var vocabulary = Vocabulary()
        vocabulary.upsert(ConceptScheme(iri: Fixtures.hub))
        var concept = Concept(iri: Fixtures.hub + "/E1")
        concept.labels[.preferred] = [LangString("Εκπαίδευση ενηλίκων", language: "el"), LangString("Образование взрослых", language: "ru")]
        concept.inSchemes = [Fixtures.hub]
        vocabulary.upsert(concept)
        let index = LookupIndex(vocabulary)
        #expect(index.lookup("ΕΚΠΑΊΔΕΥΣΗ ΕΝΗΛΊΚΩΝ").first?.kind == .exactPreferred)
        #expect(index.lookup("взрослых образование").first?.kind == .wordOrder)
        let prefix = index.lookup("образ")
        #expect(prefix.first?.kind == .prefix)
        #expect(prefix.first?.language == "ru")
        #expect(index.lookup("образовние").first?.kind == .fuzzy)
        #expect(index.lookup("Εκπαίδευση", language: "ru").isEmpty)
    }

    @Test func fuzzyTiesNameTheFirstIndexedLabel() {
        var vocabulary = Vocabulary()
        var concept = Concept(iri: Fixtures.hub + "/C1")
        concept.labels[.preferred] = [LangString("calcium", language: "nl"), LangString("calcium", language: "en")]
        vocabulary.upsert(concept)
        let index = LookupIndex(vocabulary)
        for _ in 0..<5 { #expect(index.lookup("calcim").first?.language == "nl") }
    }
}
