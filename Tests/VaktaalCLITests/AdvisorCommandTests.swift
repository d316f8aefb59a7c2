import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// End-to-end runs of lookup, translate, show and stats on the shipped vocabularies and on GEMET.
@Suite struct AdvisorCommandTests {
    struct LookupRow: Decodable {
        let concept: String
        let prefLabel: String?
        let matchedLabel: String
        let match: String
        let scheme: String?
    }

    struct TranslationRow: Decodable {
        struct Concept: Decodable { let iri: String; let prefLabel: String?; let scheme: String? }
        struct Step: Decodable { let from: Concept; let to: Concept; let type: String; let via: String }
        let term: String
        let source: Concept
        let target: Concept
        let type: String?
        let confidence: Double
        let path: [Step]
    }

    static func json<T: Decodable>(_ type: T.Type, _ arguments: [String]) throws -> (Int32, T?) {
        let result = try CLIRunner.run(arguments + ["--format", "json"])
        guard result.status == 0 else { return (result.status, nil) }
        return (0, try JSONDecoder().decode(T.self, from: Data(result.stdout.utf8)))
    }

    @Test(arguments: [("hardsoldern", "hardsolderen"), ("frezzen", "frezen"), ("mig mag lassen", "MIG/MAG-lassen")])
    func typosAndPunctuationFindTheTradeTerm(_ query: String, _ expected: String) throws {
        let (status, rows) = try Self.json([LookupRow].self, ["lookup", query])
        #expect(status == 0)
        #expect(rows?.first?.prefLabel == expected)
    }

    @Test func lookupRestrictsToScheme() throws {
        let (_, rows) = try Self.json([LookupRow].self, ["lookup", "hardsolderen", "--scheme", "metaal"])
        #expect(rows?.isEmpty == false)
        #expect(rows?.allSatisfy { $0.scheme == "https://data.vaktaal.nl/metaal" } == true)
    }

    @Test func gemetDutchWithDiacritics() throws {
        let gemet = CLIRunner.shared("gemet/v4.0.1_2017-11-27/gemet-nl.rdf")
        let (status, rows) = try Self.json([LookupRow].self, ["lookup", "relief", "--vocab", gemet, "--lang", "nl", "--limit", "3"])
        #expect(status == 0)
        #expect(rows?.first?.matchedLabel == "reliëf")
        let (_, typo) = try Self.json([LookupRow].self, ["lookup", "geintegreerd bedrijfsbeheer", "--vocab", gemet])
        #expect(typo?.first?.prefLabel == "geïntegreerd bedrijfsbeheer")
    }

    @Test func nothingFoundExitsOneWithSuggestions() throws {
        let result = try CLIRunner.run(["lookup", "xyzzy hardsoldren"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("nearest"))
        #expect(try CLIRunner.run(["lookup", "qqqxxyzz"]).status == 1)
    }

    @Test func advisorTranslatesBrazingFromInstallationToMetal() throws {
        let (status, rows) = try Self.json([TranslationRow].self,
            ["translate", "hardsolderen koperleiding", "--from", "installatietechniek", "--to", "metaal"])
        #expect(status == 0)
        let first = try #require(rows?.first)
        #expect(first.term == "hardsolderen koperleiding")
        #expect(first.target.scheme == "https://data.vaktaal.nl/metaal")
        #expect(first.target.prefLabel?.contains("hardsolderen") == true)
        #expect(first.source.scheme == "https://data.vaktaal.nl/installatietechniek")
        #expect(first.path.contains { $0.to.scheme == "https://data.vaktaal.nl/hub" })
        #expect(first.path.last?.to.iri == first.target.iri)
        #expect(first.confidence > 0 && first.confidence < 1)
    }

    @Test func needInTheHubsWordsIsAnsweredThroughTheHub() throws {
        // No metaal label says "pijp"; the hub knows "pijpbuigen" as a name of "buizen buigen",
        // and its mappings lead to the installers' pipework concepts.
        let (status, rows) = try Self.json([TranslationRow].self,
            ["translate", "pijp buigen", "--from", "metaal", "--to", "installatietechniek", "--limit", "3"])
        #expect(status == 0)
        let targets = rows?.map(\.target.iri) ?? []
        #expect(targets.contains { $0.hasSuffix("/IT-055") || $0.hasSuffix("/IT-056") }, "\(targets)")
        #expect(rows?.first?.source.scheme == "https://data.vaktaal.nl/hub")
        #expect(rows?.first?.type == nil || rows?.first?.type != "exactMatch")
    }

    @Test func twoLevelsUpIsABroaderFieldNotACounterpart() throws {
        // 8D ⊂ probleemoplossend denken ⊂ persoonlijke en sociale vaardigheden = MB-128: the path
        // composes to broadMatch, but a field two levels up is no counterpart of the need.
        let result = try CLIRunner.run(["translate", "8D", "--from", "metalektro", "--to", "metaal", "--limit", "1", "--format", "json"])
        #expect(result.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        let first = try #require(rows?.first)
        #expect(first["basis"] as? String == "broader-field")
        #expect(first["answer"] as? String == "nearest")
        #expect(first["type"] is NSNull)
        #expect(first["pathType"] as? String == "broadMatch")
    }

    @Test func translateWithUnknownSchemeIsUsageError() throws {
        let result = try CLIRunner.run(["translate", "lassen", "--to", "bakkerij"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("metaal"))
    }

    @Test func showByNotationAndIRI() throws {
        let byNotation = try CLIRunner.run(["show", "H01.02.02", "--format", "json"])
        #expect(byNotation.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(byNotation.stdout.utf8)) as? [String: Any])
        let iri = try #require(object["iri"] as? String)
        let byIRI = try CLIRunner.run(["show", iri, "--format", "json"])
        #expect(byIRI.stdout == byNotation.stdout)
        #expect(try CLIRunner.run(["show", "no-such-concept"]).status == 1)
    }

    @Test func statsWithoutArgumentsReadsTheShippedVocabularies() throws {
        let result = try CLIRunner.run(["stats"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("https://data.vaktaal.nl/hub"))
    }

    @Test func statsCountWhatTheLibraryLoads() throws {
        let vocabulary = try VocabularyLoader.loadVocabulary(paths: [CLIRunner.repositoryRoot + "/Vocabularies"])
        let result = try CLIRunner.run(["stats", "Vocabularies", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["concepts"] as? Int == vocabulary.concepts.count)
        #expect(object["schemes"] as? Int == vocabulary.schemes.count)
    }
}
