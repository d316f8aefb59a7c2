import PropertyBased
import Testing
import VaktaalModel

/// A vocabulary compared with itself has no differences, however it is compared.
@Suite(.shrinking) struct DiffPropertyTests {
    /// No concept, mapping, scheme or collection change, and every count zero (broken mappings
    /// are counted, as zero, only when other vocabularies are assessed).
    static func expectEmpty(_ diff: VocabularyDiff, _ comment: Comment? = nil) {
        var empty = DiffSummary()
        empty.brokenMappings = diff.impact.map { _ in 0 }
        #expect(!diff.hasDifferences, comment)
        #expect(diff.summary == empty, comment)
        #expect(diff.added.isEmpty && diff.removed.isEmpty && diff.changed.isEmpty, comment)
        #expect(diff.mappings.isEmpty && diff.schemes.isEmpty && diff.collections.isEmpty, comment)
    }

    @Test func diffOfAVocabularyWithItselfIsEmpty() async {
        await propertyCheck(failingOnErrors: 200, input: Gen.vocabulary) { generated in
            let vocabulary = generated.vocabulary
            Self.expectEmpty(VocabularyDiff(old: vocabulary, new: vocabulary))
        }
    }

    /// In every language, within every scheme, and with the vocabulary as another one whose
    /// mappings could break: still nothing.
    @Test func diffOfAVocabularyWithItselfIsEmptyWithEveryOption() async {
        await propertyCheck(failingOnErrors: 60, input: Gen.vocabulary) { generated in
            let vocabulary = generated.vocabulary
            let impact = VocabularyDiff(old: vocabulary, new: vocabulary, others: [("self", vocabulary)])
            Self.expectEmpty(impact)
            #expect(impact.impact?.isEmpty == true)
            for language in ["nl", "en"] {
                Self.expectEmpty(VocabularyDiff(old: vocabulary, new: vocabulary, options: DiffOptions(language: language)), "\(language)")
            }
            for scheme in generated.schemeIRIs {
                Self.expectEmpty(VocabularyDiff(old: vocabulary, new: vocabulary, options: DiffOptions(scheme: scheme)), "\(scheme)")
            }
        }
    }

    /// The vocabulary read back from its own graph, and with every list the other way round, is
    /// the same version.
    @Test func diffOfAVocabularyWithACopyInAnotherOrderIsEmpty() async {
        await propertyCheck(failingOnErrors: 100, input: Gen.vocabulary) { generated in
            let vocabulary = generated.vocabulary
            Self.expectEmpty(VocabularyDiff(old: vocabulary, new: Vocabulary(graph: vocabulary.graph())), "graph copy")
            Self.expectEmpty(VocabularyDiff(old: vocabulary, new: vocabulary.reversedOrder()), "reversed")
            Self.expectEmpty(VocabularyDiff(old: vocabulary.reversedOrder(), new: vocabulary), "reversed")
        }
    }
}
