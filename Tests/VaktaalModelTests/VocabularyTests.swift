import Testing
import VaktaalModel

/// A vocabulary finds concepts and schemes by IRI through an index of its own; the API keeps that
/// index right whatever a caller changes.
@Suite struct VocabularyTests {
    @Test func removingAConceptKeepsLookupsRight() throws {
        var vocabulary = Fixtures.sectors()
        let first = try #require(vocabulary.concepts.first)
        let count = vocabulary.concepts.count
        #expect(vocabulary.removeConcept(first.iri)?.iri == first.iri)
        #expect(vocabulary.concepts.count == count - 1)
        #expect(vocabulary.concept(first.iri) == nil)
        for concept in vocabulary.concepts {
            #expect(vocabulary.concept(concept.iri)?.iri == concept.iri)
        }
        #expect(vocabulary.removeConcept(first.iri) == nil)
    }

    @Test func modifyingCannotRenameAConcept() throws {
        var vocabulary = Fixtures.sectors()
        let iri = Fixtures.hub + "/H1"
        vocabulary.modifyConcept(iri) { concept in
            concept.iri = Fixtures.hub + "/H2"
            concept.labels[.preferred] = [LangString("solderen (alle)", language: "nl")]
        }
        #expect(vocabulary.concept(iri)?.prefLabel("nl") == "solderen (alle)")
        #expect(vocabulary.concept(Fixtures.hub + "/H2")?.prefLabel("nl") == "MIG/MAG-lassen")
    }

    @Test func removingASchemeKeepsLookupsRight() {
        var vocabulary = Fixtures.sectors()
        #expect(vocabulary.removeScheme(Fixtures.hub)?.iri == Fixtures.hub)
        #expect(vocabulary.scheme(Fixtures.hub) == nil)
        #expect(vocabulary.scheme(Fixtures.metaal)?.iri == Fixtures.metaal)
        #expect(vocabulary.scheme(Fixtures.installatie)?.iri == Fixtures.installatie)
    }
}
