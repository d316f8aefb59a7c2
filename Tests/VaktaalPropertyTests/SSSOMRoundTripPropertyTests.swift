import PropertyBased
import Testing
import VaktaalFormats
import VaktaalModel

/// Writing a generated vocabulary's mappings as SSSOM and reading them back gives the same
/// mappings with the same provenance.
@Suite(.shrinking) struct SSSOMRoundTripPropertyTests {
    /// SSSOM is a mapping format: it carries the mappings and their provenance, not the concepts.
    /// Two things it does by design are left out of the generator here: a mapping without
    /// provenance is written as a row (and so comes back with an `owl:Axiom` and a
    /// justification, `semapv:UnspecifiedMatching` if it had none), and one file is one mapping
    /// set (mappings of several sets, or of none, come back in one set). So every mapping gets
    /// provenance with a justification, and all of them the same set.
    static func forSSSOM(_ vocabulary: Vocabulary) -> Vocabulary {
        var result = vocabulary
        result.mappings = vocabulary.mappings.enumerated().map { number, mapping in
            var mapping = mapping
            mapping.annotation = mapping.annotation ?? .blank("m\(number)")
            mapping.justification = mapping.justification ?? Namespace.semapv + "ManualMappingCuration"
            mapping.mappingSet = SpecBuilder.mappingSets[0]
            return mapping
        }
        return result
    }

    /// A mapping without its annotation node, whose blank-node label is arbitrary.
    static func facts(_ vocabulary: Vocabulary) -> Set<Mapping> {
        Set(vocabulary.mappings.map { mapping in
            var mapping = mapping
            mapping.annotation = nil
            return mapping
        })
    }

    @Test func writingThenReadingGivesTheSameMappings() async {
        await propertyCheck(failingOnErrors: 150, input: Gen.vocabulary) { generated in
            let vocabulary = Self.forSSSOM(generated.vocabulary)
            let written = try SSSOMWriter.write(vocabulary)
            let back = try SSSOMReader.read(written, file: "generated.sssom.tsv")
            #expect(back.mappings.count == vocabulary.mappings.count)
            #expect(Self.facts(back) == Self.facts(vocabulary), "\(String(decoding: written, as: UTF8.self))")
        }
    }
}
