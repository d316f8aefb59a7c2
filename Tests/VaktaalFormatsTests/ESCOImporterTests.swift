import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// The ESCO v1.1.1 CSV download imports with the figures ESCO publishes (and Python's csv module
/// counts, see ../shared/data/esco/SOURCE-tabiya.txt), English and Dutch merge, and a broken row is
/// reported with its line.
@Suite struct ESCOImporterTests {
    static let download = SharedData.path("esco/v1.1.1")
    /// The whole download, imported once for all tests.
    static let imported = Result { try ESCOImporter.importGraph(path: download) }

    /// The subjects with a class, and the counts the tests ask about, in one pass over the graph.
    struct Census {
        var skills: Set<Term> = []
        var occupations: Set<Term> = []
        var groups: Set<Term> = []
        var isco: Set<Term> = []
        var dutchOccupationLabels: Set<Term> = []

        init(_ graph: Graph) {
            let type = Namespace.rdf + "type"
            for triple in graph.triples {
                if triple.predicate == type {
                    switch triple.object {
                    case .iri(ESCOVocabulary.skillClass): skills.insert(triple.subject)
                    case .iri(ESCOVocabulary.occupationClass): occupations.insert(triple.subject)
                    case .iri(ESCOVocabulary.groupConceptClass): groups.insert(triple.subject)
                    default: break
                    }
                } else if triple.predicate == Namespace.skos + "inScheme", triple.object == .iri("http://data.europa.eu/esco/concept-scheme/isco") {
                    isco.insert(triple.subject)
                }
            }
            for triple in graph.triples where triple.predicate == Namespace.skos + "prefLabel"
                && triple.object.literalValue?.language == "nl" && occupations.contains(triple.subject) {
                dutchOccupationLabels.insert(triple.subject)
            }
        }

        func count(_ graph: Graph, where include: (Triple) -> Bool) -> Int {
            graph.triples.reduce(0) { include($1) ? $0 + 1 : $0 }
        }
    }

    static let census = imported.map(Census.init)

    @Test func conceptCountsMatchESCOsFigures() throws {
        let census = try Self.census.get()
        #expect(census.skills.count == 13_896)
        #expect(census.occupations.count == 3_007)
        #expect(census.groups.subtracting(census.isco).count == 640)
        #expect(census.groups.intersection(census.isco).count == 619)
    }

    @Test func skillsHave97483AlternativeLabels() throws {
        let graph = try Self.imported.get()
        let census = try Self.census.get()
        let altLabels = census.count(graph) {
            $0.predicate == Namespace.skos + "altLabel" && $0.object.literalValue?.language == "en" && census.skills.contains($0.subject)
        }
        #expect(altLabels == 97_483)
    }

    @Test func occupationSkillRelationsAndSkillPillarBroader() throws {
        let graph = try Self.imported.get()
        let census = try Self.census.get()
        let essentialOrOptional: Set<String> = [ESCOVocabulary.relatedEssentialSkill, ESCOVocabulary.relatedOptionalSkill]
        #expect(census.count(graph) { essentialOrOptional.contains($0.predicate) && !census.skills.contains($0.subject) } == 123_855)
        #expect(census.count(graph) { essentialOrOptional.contains($0.predicate) && census.skills.contains($0.subject) } == 5_899)
        let skillPillar = ["http://data.europa.eu/esco/skill/", "http://data.europa.eu/esco/isced-f/"]
        let broader = census.count(graph) { triple in
            triple.predicate == Namespace.skos + "broader" && skillPillar.contains { triple.subject.iriValue?.hasPrefix($0) == true }
        }
        #expect(broader == 20_656)
    }

    @Test func englishAndDutchMergeOnTheOccupations() throws {
        let census = try Self.census.get()
        #expect(census.dutchOccupationLabels.count == 3_007)
        let vocabulary = Vocabulary(graph: try Self.imported.get())
        let director = try #require(vocabulary.concept("http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34"))
        #expect(director.prefLabel("nl") == "inspiciënt")
        #expect(director.prefLabel("en") == "technical director")
        #expect(director.allLabels(.alternative).contains(LangString("toneelmeester", language: "nl")))
    }

    @Test func escoFieldsUseESCOsOntology() throws {
        let graph = try Self.imported.get()
        let skill = Term.iri("http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab")
        let expected: [Triple] = [
            Triple(skill, ESCOVocabulary.skillType, .iri("http://data.europa.eu/esco/skill-type/skill")),
            Triple(skill, ESCOVocabulary.skillReuseLevel, .iri("http://data.europa.eu/esco/skill-reuse-level/sector-specific")),
            Triple(skill, ESCOVocabulary.status, .literal(Literal("released"))),
            Triple(skill, Namespace.dcterms + "modified", .literal(Literal("2016-12-20T17:43:43Z", datatype: Namespace.xsd + "dateTime"))),
            Triple(skill, Namespace.skos + "inScheme", .iri("http://data.europa.eu/esco/concept-scheme/member-skills")),
            Triple(.iri("http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34"), ESCOVocabulary.memberOfISCOGroup,
                   .iri("http://data.europa.eu/esco/isco/C2654")),
        ]
        for triple in expected { #expect(graph.contains(triple), "\(triple)") }
    }

    @Test func collectionsAreESCOsConceptSchemes() throws {
        let vocabulary = Vocabulary(graph: try Self.imported.get())
        let green = "http://data.europa.eu/esco/concept-scheme/green"
        #expect(vocabulary.scheme(green)?.prefLabels == [LangString("Green", language: "en")])
        #expect(vocabulary.concepts(inScheme: green).count == 570)
        #expect(vocabulary.concepts(inScheme: "http://data.europa.eu/esco/concept-scheme/digcomp").count == 26)
    }

    @Test func loaderTreatsTheDownloadFolderAsOneImport() throws {
        #expect(ESCOImporter.isDownload(Self.download))
        #expect(ESCOImporter.isDownload(Self.download + "/en"))
        #expect(!ESCOImporter.isDownload(Self.download + "/relations"))
        #expect(try VocabularyLoader.expand(Self.download) == [Self.download])
        #expect(try VocabularyLoader.expand(SharedData.path("esco")) == [SharedData.path("esco") + "/v1.1.1"])
        let survey = try ESCOImporter.files(at: Self.download)
        #expect(survey.files.count == 18)
        #expect(survey.warnings.isEmpty, "\(survey.warnings)")
    }

    @Test func filesArePlacedByTheirColumnsAndReadInTheSameOrder() throws {
        let files = try ESCOImporter.files(at: Self.download).files
        #expect(files.map(\.name).prefix(5) == ["conceptSchemes_en.csv", "skillGroups_en.csv", "skills_en.csv", "ISCOGroups_en.csv", "occupations_en.csv"])
        #expect(files.filter { $0.kind == .collection }.count == 7)
        #expect(files.first { $0.name == "occupations_nl.csv" }?.language == "nl")
        #expect(files.suffix(4).map(\.kind) == [.broaderRelations, .broaderRelations, .occupationSkillRelations, .skillSkillRelations])
    }

    // MARK: Malformed input

    /// A folder with one skills file of the given text.
    static func folder(_ skills: String, name: String = "skills_en.csv") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("esco-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try skills.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        return folder
    }

    static let header = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description\r\n"
    static let goodRow = "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/a,knowledge,transversal,weld,\"solder\nbraze\",,released,2020-01-02T03:04:05Z,,,http://data.europa.eu/esco/concept-scheme/skills,Join metal.\r\n"

    static func importError(_ text: String) throws -> ParseError {
        let folder = try folder(text)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            _ = try ESCOImporter.importGraph(path: folder)
        } catch let error as ParseError {
            return error
        }
        throw ParseError(format: "test", location: SourceLocation(file: folder), message: "expected an error")
    }

    @Test func storeWrittenSortedIsTheGraphSorted() throws {
        // The download's triples, imported once for the suite, in a store again: the sort is tested.
        let store = TripleStore(try Self.imported.get())
        var sorted: [Triple] = []
        store.forEachSortedDistinct { subject, predicate, object in
            sorted.append(Triple(subject.term, String(decoding: predicate, as: UTF8.self), object.term))
        }
        #expect(sorted == (try Self.imported.get()).triples.sorted())
    }

    @Test func smallFolderImports() throws {
        let folder = try Self.folder(Self.header + Self.goodRow)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var reports: [LoadProgress] = []
        let vocabulary = try ESCOImporter.importVocabulary(path: folder) { reports.append($0) }
        // Progress goes to the caller, once per file; the library draws nothing.
        #expect(reports.map(\.file) == [folder + "/skills_en.csv"])
        #expect(reports.allSatisfy { $0.count == 1 && $0.format == .esco })
        let concept = try #require(vocabulary.concept("http://data.europa.eu/esco/skill/a"))
        #expect(concept.allLabels(.alternative).sorted() == [LangString("braze", language: "en"), LangString("solder", language: "en")])
        #expect(concept.dates[.modified]?.first?.datatype == Namespace.xsd + "dateTime")
    }

    @Test func malformedRowIsReportedWithItsLine() throws {
        let unterminated = Self.header + Self.goodRow + Self.goodRow + "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/b,knowledge,transversal,\"open,\r\n"
        let error = try Self.importError(unterminated)
        #expect(error.location.line == 6)
        #expect(error.location.file.hasSuffix("skills_en.csv"))
        #expect(error.description.contains("skills_en.csv:6:"))
    }

    @Test func unknownValueIsReportedAtItsCell() throws {
        let row = "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/b,attitude,transversal,x,,,released,,,,,\r\n"
        let error = try Self.importError(Self.header + Self.goodRow + row)
        #expect(error.location.line == 4)
        #expect(error.location.column == 61)
        #expect(error.message.contains("skillType 'attitude'"))
    }

    @Test func rowWithTooManyFieldsIsRefused() throws {
        let error = try Self.importError(Self.header + Self.goodRow.replacingOccurrences(of: "\r\n", with: ",extra\r\n"))
        #expect(error.location.line == 2 || error.location.line == 3)
        #expect(error.message.contains("14 fields"))
    }

    @Test func folderWithoutESCOFilesIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("esco-empty-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: ParseError.self) { try ESCOImporter.importGraph(path: folder) }
        #expect(!ESCOImporter.isDownload(folder))
    }

    @Test func unknownFileInTheFolderIsSkippedWithAWarning() throws {
        let folder = try Self.folder(Self.header + Self.goodRow)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "a,b\n1,2\n".write(toFile: folder + "/notes_en.csv", atomically: true, encoding: .utf8)
        var warnings: [LoadWarning] = []
        var read: [String] = []
        let graph = try ESCOImporter.importGraph(path: folder) { report in
            if let warning = report.warning { warnings.append(warning) } else { read.append(report.file) }
        }
        #expect(read == [folder + "/skills_en.csv"])
        #expect(warnings.map(\.location) == [SourceLocation(file: folder + "/notes_en.csv", line: 1)])
        #expect(warnings.first?.message.contains("'a', 'b'") == true)
        #expect(warnings.first?.description.hasPrefix(folder + "/notes_en.csv:1: warning: ESCO CSV: ") == true)
        #expect(Vocabulary(graph: graph).concept("http://data.europa.eu/esco/skill/a") != nil)
    }

    @Test func unknownFileAskedForByNameIsRefused() throws {
        let folder = try Self.folder("a,b\n1,2\n", name: "notes_en.csv")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: ParseError.self) { try ESCOImporter.importGraph(path: folder + "/notes_en.csv") }
        #expect(throws: ParseError.self) { try ESCOImporter.importGraph(path: folder) }
    }

    @Test func unknownColumnIsPassedOverWithAWarning() throws {
        let extra = Self.header.replacingOccurrences(of: ",description\r\n", with: ",description,proficiency\r\n")
            + Self.goodRow.replacingOccurrences(of: "\r\n", with: ",B2\r\n")
        let folder = try Self.folder(extra)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var warnings: [LoadWarning] = []
        let graph = try ESCOImporter.importGraph(path: folder) { if let warning = $0.warning { warnings.append(warning) } }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("'proficiency'") == true)
        let plain = try Self.folder(Self.header + Self.goodRow)
        defer { try? FileManager.default.removeItem(atPath: plain) }
        #expect(Set(graph.triples) == Set(try ESCOImporter.importGraph(path: plain).triples))
    }

    /// A file placed by its columns that lacks one its kind needs: an error at line 1 that names
    /// the file and the column.
    @Test(arguments: [
        ("occupationSkillRelations.csv", "occupationUri,skillType,skillUri\nhttp://x.org/o,knowledge,http://x.org/s\n", "relationType"),
        ("broaderRelationsSkillPillar_en.csv", "broaderType,broaderUri\nSkillGroup,http://x.org/g\n", "conceptUri"),
        ("skills_en.csv", "conceptType,conceptUri,altLabels\nKnowledgeSkillCompetence,http://x.org/s,\n", "preferredLabel"),
        ("transversalSkillsCollection_en.csv", "conceptUri,preferredLabel,broaderConceptUri\nhttp://x.org/s,s,\n", "conceptType"),
        ("skillsHierarchy_en.csv", "Level 0 URI,Level 0 preferred term,Level 1 URI,Level 1 preferred term,Level 3 URI,Level 3 preferred term\n", "Level 2 URI"),
    ])
    func missingRequiredColumnIsAnError(file: String, text: String, column: String) throws {
        let folder = try Self.folder(text, name: file)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let error = try #require(throws: ParseError.self) { try ESCOImporter.importGraph(path: folder) }
        #expect(error.location == SourceLocation(file: folder + "/" + file, line: 1))
        #expect(error.message.contains("no '\(column)' column"))
        #expect(error.description.hasPrefix(folder + "/" + file + ":1: error: ESCO CSV: "))
    }
}
