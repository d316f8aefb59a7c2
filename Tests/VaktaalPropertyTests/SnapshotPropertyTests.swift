import PropertyBased
import Testing
import VaktaalModel

/// A snapshot of any vocabulary reads back as the same vocabulary, answers lookups as the index it
/// was made from does, and captions every concept as the model would.
@Suite(.shrinking) struct SnapshotPropertyTests {
    @Test func writingThenReadingASnapshotGivesTheSameVocabularyAndAnswers() async {
        await propertyCheck(failingOnErrors: 100, input: Gen.vocabulary) { generated in
            let vocabulary = generated.vocabulary
            let compact = CompactVocabulary(vocabulary)
            let index = LookupIndex(vocabulary)
            let bytes = try VocabularySnapshot(vocabulary: compact, lookupIndex: index, sources: ["generated"]).encoded()
            let read = try bytes.withUnsafeBytes { try VocabularySnapshot(decoding: $0) }
            let back = Vocabulary(try read.vocabulary())
            #expect(back.concepts == vocabulary.concepts)
            #expect(back.schemes == vocabulary.schemes)
            #expect(back.mappings == vocabulary.mappings)
            #expect(back.collections == vocabulary.collections)
            let readIndex = try read.lookupIndex()
            for concept in vocabulary.concepts {
                for label in concept.allLabels(.preferred) + concept.allLabels(.alternative) {
                    #expect(readIndex.lookup(label.value, limit: 5) == index.lookup(label.value, limit: 5))
                }
                for language in ["nl", "en"] {
                    let caption = try read.caption(of: concept.iri, language: language)
                    #expect(caption.prefLabel == concept.prefLabel(language))
                    #expect(caption.notation == concept.notations.first?.lexicalForm)
                    #expect(caption.scheme == vocabulary.schemes(of: concept).first)
                }
            }
        }
    }
}
