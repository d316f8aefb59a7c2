import PropertyBased
import Testing
import VaktaalModel

/// Looking up a concept's preferred label finds that concept first. Two concepts may carry the
/// same preferred label (in different schemes, or after case and accent folding), so "first"
/// means: the concept is found as an exact preferred match, and everything ranked before it is an
/// exact preferred match with the same score (a tie, which the order cannot settle).
@Suite(.shrinking) struct LookupPropertyTests {
    static func expectFoundFirst(_ concept: Concept, _ label: LangString, in results: [LookupMatch]) throws {
        let position = try #require(results.firstIndex { $0.concept == concept.iri }, "\(label) not found: \(results)")
        let found = results[position]
        #expect(found.kind == .exactPreferred, "\(found)")
        for before in results[..<position] {
            #expect(before.kind == .exactPreferred && before.score == found.score, "\(before) ranked before \(found)")
        }
    }

    @Test func lookingUpAPreferredLabelFindsItsConceptFirst() async {
        await propertyCheck(failingOnErrors: 200, input: Gen.vocabulary) { generated in
            let vocabulary = generated.vocabulary
            let index = LookupIndex(vocabulary)
            for concept in vocabulary.concepts {
                for label in concept.allLabels(.preferred) {
                    let results = index.lookup(label.value, limit: vocabulary.concepts.count)
                    try Self.expectFoundFirst(concept, label, in: results)
                }
            }
        }
    }

    /// The same with the label's language and its concept's scheme as filters.
    @Test func lookingUpAPreferredLabelInItsLanguageAndSchemeFindsItsConceptFirst() async {
        await propertyCheck(failingOnErrors: 100, input: Gen.vocabulary) { generated in
            let vocabulary = generated.vocabulary
            let index = LookupIndex(vocabulary)
            for concept in vocabulary.concepts {
                let schemes = Set(vocabulary.schemes(of: concept))
                for label in concept.allLabels(.preferred) {
                    let results = index.lookup(label.value, schemes: schemes, language: label.language,
                                               limit: vocabulary.concepts.count)
                    try Self.expectFoundFirst(concept, label, in: results)
                }
            }
        }
    }
}
