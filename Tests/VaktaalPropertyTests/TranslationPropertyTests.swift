import PropertyBased
import Testing
import VaktaalModel

/// Translation into a scheme answers with concepts of that scheme only: never a concept of
/// another scheme, never an IRI outside the vocabulary, whatever the need and the mappings.
@Suite(.shrinking) struct TranslationPropertyTests {
    /// Whether `iri` belongs to `target`: a concept of the vocabulary in that scheme, or, for a
    /// namespace that is no scheme (`esco`), an IRI in that namespace.
    static func belongs(_ iri: String, to target: String, in generated: GeneratedVocabulary) -> Bool {
        guard generated.schemeIRIs.contains(target) else { return iri.hasPrefix(target) }
        guard let concept = generated.vocabulary.concept(iri) else { return false }
        return generated.vocabulary.schemes(of: concept).contains(target)
    }

    /// Needs to translate: every preferred label, and a made-up text.
    static func needs(_ vocabulary: Vocabulary, _ extra: String) -> [String] {
        vocabulary.concepts.flatMap { $0.allLabels(.preferred).map(\.value) } + [extra]
    }

    @Test func translationsAreConceptsOfTheTargetScheme() async {
        await propertyCheck(failingOnErrors: 80, input: zip(Gen.vocabulary, TextGen.text())) { generated, extra in
            let translator = Translator(vocabulary: generated.vocabulary, language: "nl")
            for target in generated.schemeIRIs + [SchemeName.escoSkills] {
                for need in Self.needs(generated.vocabulary, extra) {
                    for translation in try translator.translate(need, to: target, limit: 50) {
                        #expect(Self.belongs(translation.target, to: target, in: generated), "\(need) → \(target): \(translation.target)")
                    }
                }
            }
        }
    }

    /// The same with a source scheme named: the need is read in one scheme, answered in another.
    @Test func translationsFromASchemeAreConceptsOfTheTargetScheme() async {
        await propertyCheck(failingOnErrors: 50, input: Gen.vocabulary) { generated in
            let translator = Translator(vocabulary: generated.vocabulary, language: "en")
            let schemes = generated.schemeIRIs
            for target in schemes {
                for source in schemes where source != target {
                    for need in Self.needs(generated.vocabulary, "lassen") {
                        for translation in try translator.translate(need, to: target, from: source, limit: 50) {
                            #expect(Self.belongs(translation.target, to: target, in: generated), "\(need) → \(target): \(translation.target)")
                        }
                    }
                }
            }
        }
    }
}
