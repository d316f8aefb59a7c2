import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// `vaktaal validate` against qSKOS's own test vocabularies and the counts qSKOS's Java tests
/// expect (`../shared/data/qskos/EXPECTED_RESULTS_from_java_tests.txt`). Where Vaktaal counts
/// differently, the expectation says so and docs/validate.md explains why.
@Suite struct QSKOSAgreementTests {
    /// One assertion of a qSKOS test, mapped to a Vaktaal check.
    struct Expectation: CustomStringConvertible, Sendable {
        /// The qSKOS test class the figure comes from.
        let qskosTest: String
        let fixture: String
        let code: CheckCode
        /// qSKOS's expected count.
        let qskos: Int
        /// What Vaktaal reports, when it counts differently (see docs/validate.md).
        var vaktaal: Int?
        /// How qSKOS's figure is read from the findings.
        var counting: Counting = .findings

        var description: String { "\(qskosTest): \(fixture) \(code.rawValue)" }
    }

    enum Counting: Sendable {
        /// One finding per item qSKOS counts.
        case findings
        /// Concepts involved in the findings, the reported one and the related ones.
        case resources
    }

    static let expectations: [Expectation] = [
        Expectation(qskosTest: "OmittedOrInvalidLanguageTagsTest", fixture: "components_1.rdf", code: .omittedOrInvalidLanguageTags, qskos: 3),
        Expectation(qskosTest: "OmittedOrInvalidLanguageTagsTest", fixture: "deprecatedAndIllegalTerms.rdf", code: .omittedOrInvalidLanguageTags, qskos: 1),
        Expectation(qskosTest: "OmittedOrInvalidLanguageTagsTest", fixture: "languageTags.rdf", code: .omittedOrInvalidLanguageTags, qskos: 2),
        Expectation(qskosTest: "IncompleteLanguageCoverageTest", fixture: "components_1.rdf", code: .incompleteLanguageCoverage, qskos: 13),
        Expectation(qskosTest: "UndocumentedConceptsTest", fixture: "documentedConcepts.rdf", code: .undocumentedConcepts, qskos: 1),
        Expectation(qskosTest: "OrphanConceptsTest", fixture: "components_1.rdf", code: .orphanConcepts, qskos: 2),
        Expectation(qskosTest: "OrphanConceptsTest", fixture: "concepts.rdf", code: .orphanConcepts, qskos: 7),
        // qSKOS counts all clusters; Vaktaal reports every cluster but the largest.
        Expectation(qskosTest: "DisconnectedConceptClustersTest", fixture: "components_1.rdf", code: .disconnectedConceptClusters, qskos: 7, vaktaal: 6),
        Expectation(qskosTest: "DisconnectedConceptClustersTest", fixture: "components_2.rdf", code: .disconnectedConceptClusters, qskos: 0),
        Expectation(qskosTest: "HierarchicalCyclesTest", fixture: "components_1.rdf", code: .cyclicHierarchicalRelations, qskos: 3),
        Expectation(qskosTest: "HierarchicalCyclesTest", fixture: "cycles.rdf", code: .cyclicHierarchicalRelations, qskos: 3),
        Expectation(qskosTest: "ValuelessAssociativeRelationsTest", fixture: "redundantAssociativeRelations.rdf", code: .valuelessAssociativeRelations, qskos: 6),
        Expectation(qskosTest: "SolelyTransitivelyRelatedConceptsTest", fixture: "solitaryTransitiveRelations.rdf", code: .solelyTransitivelyRelatedConcepts, qskos: 4),
        Expectation(qskosTest: "UnidirectionallyRelatedConceptsTest", fixture: "omittedInverseRelations.rdf", code: .unidirectionallyRelatedConcepts, qskos: 8),
        Expectation(qskosTest: "OverlappingLabelsTest", fixture: "components_1.rdf", code: .overlappingLabels, qskos: 2),
        Expectation(qskosTest: "OverlappingLabelsTest", fixture: "components_1.rdf", code: .overlappingLabels, qskos: 4, counting: .resources),
        Expectation(qskosTest: "OverlappingLabelsTest", fixture: "overlappingLabels.rdf", code: .overlappingLabels, qskos: 2),
        Expectation(qskosTest: "OverlappingLabelsTest", fixture: "relatedConcepts.rdf", code: .overlappingLabels, qskos: 0),
        Expectation(qskosTest: "MissingLabelsTest", fixture: "missingLabels.rdf", code: .missingLabels, qskos: 7),
        Expectation(qskosTest: "RelationClashesTest", fixture: "relationClashes.rdf", code: .relationClashes, qskos: 10),
        Expectation(qskosTest: "MappingClashesTest", fixture: "exactVsAssociativeMappingClashes.rdf", code: .mappingClashes, qskos: 5),
        Expectation(qskosTest: "MappingRelationsMisuseTest", fixture: "mappingRelationsMisuse.rdf", code: .mappingRelationsMisuse, qskos: 5),
        Expectation(qskosTest: "UndefinedSkosResourcesTest", fixture: "concepts.rdf", code: .undefinedSKOSResources, qskos: 3),
        Expectation(qskosTest: "UndefinedSkosResourcesTest", fixture: "deprecatedAndIllegalTerms.rdf", code: .undefinedSKOSResources, qskos: 12),
        Expectation(qskosTest: "EmptyLabeledResourcesTest", fixture: "emptyLabels.rdf", code: .emptyLabels, qskos: 3),
        Expectation(qskosTest: "UnprintableCharactersInLabelsTest", fixture: "labelsWithUnprintableCharacters.rdf", code: .unprintableCharactersInLabels, qskos: 2),
        Expectation(qskosTest: "TopConceptsHavingBroaderConceptsTest", fixture: "topConceptsHavingBroaderConcept.rdf", code: .topConceptsHavingBroaderConcepts, qskos: 4),
        Expectation(qskosTest: "OmittedTopConceptsTest", fixture: "missingTopConcepts.rdf", code: .omittedTopConcepts, qskos: 2),
        Expectation(qskosTest: "HierarchicalRedundancyTest", fixture: "hierarchicalRedundancy.rdf", code: .hierarchicalRedundancy, qskos: 5),
        Expectation(qskosTest: "ReflexivelyRelatedConceptsTest", fixture: "reflexivelyRelatedConcepts.rdf", code: .reflexivelyRelatedConcepts, qskos: 2),
    ]

    static let directory = "qskos/src/test/resources/"

    static func validate(_ fixture: String, graph: Graph? = nil) throws -> ValidationReport {
        let path = SharedData.path(directory + fixture)
        let source = ValidationSource(name: fixture, graph: try graph ?? VocabularyLoader.loadGraph(path: path))
        return Validator().validate([source])
    }

    static func findings(_ report: ValidationReport, _ code: CheckCode) -> [Finding] {
        report.findings.filter { $0.code == code }
    }

    @Test(arguments: expectations)
    func agreesWithQSKOS(_ expectation: Expectation) throws {
        let found = Self.findings(try Self.validate(expectation.fixture), expectation.code)
        let count = switch expectation.counting {
        case .findings: found.count
        case .resources: Set(found.flatMap { [$0.concept] + $0.related }).count
        }
        #expect(count == expectation.vaktaal ?? expectation.qskos)
    }

    /// The resources a check reports in a fixture, by the last part of their IRI.
    static func reported(_ code: CheckCode, in fixture: String) throws -> Set<String> {
        Set(findings(try validate(fixture), code).map { String($0.concept.split(separator: "/").last!) })
    }

    @Test func missingLabelsAreTheOnesQSKOSNames() throws {
        let reported = try Self.reported(.missingLabels, in: "missingLabels.rdf")
        #expect(reported == ["conceptA", "conceptC", "conceptD", "conceptE", "conceptG", "conceptSchemeC", "conceptSchemeD"])
    }

    @Test func inconsistentPrefLabelsAreTheOnesQSKOSNames() throws {
        let reported = try Self.reported(.inconsistentPrefLabels, in: "ambiguousLabels.rdf")
        #expect(reported == ["conceptA", "conceptA2", "conceptA3", "conceptA4"])
    }

    @Test func disjointLabelsViolationsAreTheOnesQSKOSNames() throws {
        let reported = try Self.reported(.disjointLabelsViolation, in: "ambiguousLabels.rdf")
        #expect(reported == ["conceptD", "conceptF"])
    }

    @Test func mappingRelationsMisuseFindsQSKOSPairs() throws {
        let found = Self.findings(try Self.validate("mappingRelationsMisuse.rdf"), .mappingRelationsMisuse)
        let pairs = Set(found.map { finding in
            ([finding.concept] + finding.related).map { String($0.split(separator: "/").last!) }.joined(separator: "-")
        })
        #expect(pairs == ["conceptA-conceptB", "conceptC-conceptD", "conceptI-conceptJ", "conceptM-conceptN", "conceptK-conceptL"])
    }

    @Test func incompleteLanguageCoverageNeverMissesEnglishAndTwoMissOnlyFrench() throws {
        let found = Self.findings(try Self.validate("components_1.rdf"), .incompleteLanguageCoverage)
        #expect(!found.contains { $0.message.contains(" en,") || $0.message.contains(" en ") })
        #expect(found.count { $0.message.hasPrefix("has no text in fr,") } == 2)
    }

    @Test func omittedLanguageTagsCountLiterals() throws {
        let found = Self.findings(try Self.validate("deprecatedAndIllegalTerms.rdf"), .omittedOrInvalidLanguageTags)
        #expect(found.count == 1)
        #expect(found.first?.message.components(separatedBy: "language tag 'blubb'").count == 3)
    }

    /// skosxl.rdf has stray " ;" text between property elements, which the RDF/XML grammar does
    /// not allow: Vaktaal rejects the file where qSKOS's parser reads past it. With the stray text
    /// removed, the counts of qSKOS's SkosXlTest hold.
    @Test func skosXLFixtureIsRejectedAndAgreesOnceRepaired() throws {
        let path = SharedData.path(Self.directory + "skosxl.rdf")
        #expect(throws: ParseError.self) { try VocabularyLoader.loadGraph(path: path) }
        let repaired = String(decoding: try InputFile.read(path), as: UTF8.self).replacingOccurrences(of: "> ;\n", with: ">\n")
        let graph = try RDFXMLReader.read(Array(repaired.utf8), file: "skosxl.rdf", base: VocabularyLoader.fileIRI(path))
        let report = try Self.validate("skosxl.rdf", graph: graph)
        #expect(Self.findings(report, .omittedOrInvalidLanguageTags).count == 2)
        #expect(Self.findings(report, .incompleteLanguageCoverage).count == 2)
        #expect(Self.findings(report, .overlappingLabels).count == 1)
    }
}
