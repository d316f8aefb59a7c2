import Testing
import VaktaalFormats
import VaktaalModel

/// `vaktaal validate` on real vocabularies written by others. Their errors were looked at one by
/// one (docs/validate.md lists them): the tests hold each vocabulary to the kinds of errors it
/// genuinely has, so a new kind of error is a regression to look into.
@Suite struct RealVocabularyValidationTests {
    struct Case: CustomStringConvertible, Sendable {
        let files: [String]
        /// The error checks whose findings are genuine problems of the data.
        let genuineErrors: Set<CheckCode>
        var description: String { files.joined(separator: " + ") }
    }

    static let cases: [Case] = [
        // GEMET states `related` between concepts that are also broader/narrower (S27), has three
        // two-concept broader cycles, and relates "soil biodiversity" to itself.
        Case(files: ["gemet/v4.0.1_2017-11-27/gemet-en.rdf", "gemet/v4.0.1_2017-11-27/gemet-nl.rdf"],
             genuineErrors: [.relationClashes, .cyclicHierarchicalRelations, .reflexivelyRelatedConcepts]),
        Case(files: ["unesco/2016-10-26/unesco-thesaurus.rdf"], genuineErrors: []),
        Case(files: ["qskos/src/test/resources/stw.rdf"], genuineErrors: []),
        Case(files: ["skos-history/examples/test_load/data/v2/subdivisions-skos.rdf"], genuineErrors: []),
    ]

    static func validate(_ files: [String]) throws -> ValidationReport {
        let sources = try files.map { ValidationSource(name: $0, graph: try VocabularyLoader.loadGraph(path: SharedData.path($0))) }
        return Validator().validate(sources)
    }

    @Test(arguments: cases)
    func errorsAreTheGenuineOnes(_ testCase: Case) throws {
        let report = try Self.validate(testCase.files)
        let errors = Set(report.findings.filter { $0.severity == .error }.map(\.code))
        #expect(errors == testCase.genuineErrors)
        #expect(report.conceptCount > 0)
    }

    /// GEMET's S27 clashes include "above-ground biomass", whose broader concept is "ground
    /// biomass", to which it is also `related`.
    @Test func gemetRelationClashNamesThePath() throws {
        let report = try Self.validate(Self.cases[0].files)
        let clash = report.findings.first { $0.code == .relationClashes && $0.concept.hasSuffix("/concept/15041") }
        #expect(clash?.related == ["http://www.eionet.europa.eu/gemet/concept/15194"])
        #expect(clash?.label == "bovengrondse biomassa" || clash?.label == "above-ground biomass")
    }

    /// The EU authority table labels two subdivisions alike in some languages (protocol and
    /// minutes are both "protokol…"): overlapping labels, a warning.
    @Test func euAuthorityTableHasOverlappingTranslations() throws {
        let report = try Self.validate(["skos-history/examples/test_load/data/v2/subdivisions-skos.rdf"])
        #expect(report.findings.contains { $0.code == .overlappingLabels && $0.message.contains("@lv") })
    }
}
