import Testing
import VaktaalFormats
import VaktaalModel

/// The download of each ESCO release layout, v1.0 to v1.2 (`Fixtures/ESCO/README.md`: ESCO's file
/// names and each file's header as that release wrote them, the same made-up rows in each), gives
/// the same concepts, labels, hierarchy, relations and collections.
@Suite struct ESCOReleaseLayoutTests {
    static let releases = ["v1.0", "v1.1", "v1.2"]
    static let esco = "http://data.europa.eu/esco/"
    static let scheme = esco + "concept-scheme/"
    static let skos = Namespace.skos

    /// A release's folder imported, with the warnings the import reported.
    struct Imported {
        let graph: Graph
        let warnings: [LoadWarning]
        let files: [String]

        init(_ release: String) throws {
            var warnings: [LoadWarning] = []
            var files: [String] = []
            graph = try ESCOImporter.importGraph(path: Fixtures.path("ESCO/" + release)) { report in
                if let warning = report.warning { warnings.append(warning) } else { files.append(report.file) }
            }
            self.warnings = warnings
            self.files = files.map { $0.split(separator: "/").suffix(2).joined(separator: "/") }
        }

        func has(_ subject: String, _ predicate: String, _ object: Term) -> Bool {
            graph.contains(Triple(.iri(ESCOReleaseLayoutTests.esco + subject), predicate, object))
        }

        func subjects(_ predicate: String, _ object: Term) -> Set<Term> {
            Set(graph.triples.filter { $0.predicate == predicate && $0.object == object }.map(\.subject))
        }
    }

    static func iri(_ path: String) -> Term { .iri(esco + path) }

    @Test(arguments: releases)
    func conceptsAndLabels(release: String) throws {
        let imported = try Imported(release)
        let type = Namespace.rdf + "type"
        #expect(imported.subjects(type, .iri(ESCOVocabulary.skillClass)).count == 4)
        #expect(imported.subjects(type, .iri(ESCOVocabulary.occupationClass)) == [Self.iri("occupation/software-developer")])
        #expect(imported.subjects(type, .iri(ESCOVocabulary.groupConceptClass)).count == 14)
        let vocabulary = Vocabulary(graph: imported.graph)
        let skill = try #require(vocabulary.concept(Self.esco + "skill/negotiate-contracts"))
        #expect(skill.prefLabel("en") == "negotiate contracts")
        #expect(skill.allLabels(.alternative).sorted() == [LangString("agree contracts", language: "en"), LangString("settle contracts", language: "en")])
        let occupation = try #require(vocabulary.concept(Self.esco + "occupation/software-developer"))
        #expect(occupation.allLabels(.preferred) == [LangString("software developer", language: "en")])
        #expect(imported.has("occupation/software-developer", ESCOVocabulary.memberOfISCOGroup, Self.iri("isco/C2512")))
        #expect(imported.has("skill/computer-programming", ESCOVocabulary.skillType, .iri(Self.esco + "skill-type/knowledge")))
        #expect(imported.has("isco/C2512", Self.skos + "notation", .literal(Literal("2512"))))
    }

    @Test(arguments: releases)
    func hierarchyFromTheHierarchyFileAndTheBroaderRelations(release: String) throws {
        let broader = Self.skos + "broader"
        // skillsHierarchy alone (v1.0 and v1.1 keep the relations in a folder of their own): level
        // by level, with codes, and the deepest group's scope note.
        let language = try Imported(release + "/en")
        #expect(language.has("skill/S1.1.1", broader, Self.iri("skill/S1.1")))
        #expect(language.has("isced-f/0613", broader, Self.iri("isced-f/061")))
        #expect(language.has("skill/S1.1.1", Self.skos + "notation", .literal(Literal("S1.1.1"))))
        #expect(language.has("skill/S1.1.1", Self.skos + "scopeNote", .literal(Literal("Includes:\n- managing agreements", language: "en"))))
        // broaderRelations in both pillars.
        let imported = try Imported(release)
        #expect(imported.has("skill/negotiate-contracts", broader, Self.iri("skill/S1.1.1")))
        #expect(imported.has("skill/write-hungarian", broader, Self.iri("skill/L1")))
        #expect(imported.has("occupation/software-developer", broader, Self.iri("isco/C2512")))
        #expect(imported.has("isco/C25", broader, Self.iri("isco/C2")))
        // What the hierarchy, the relations and the collections state alike is one triple.
        #expect(imported.graph.triples.filter { $0.predicate == broader }.count == 15)
    }

    @Test(arguments: releases)
    func essentialAndOptionalSkills(release: String) throws {
        let imported = try Imported(release)
        #expect(imported.has("occupation/software-developer", ESCOVocabulary.relatedEssentialSkill, Self.iri("skill/computer-programming")))
        #expect(imported.has("occupation/software-developer", ESCOVocabulary.relatedOptionalSkill, Self.iri("skill/negotiate-contracts")))
        #expect(imported.has("occupation/software-developer", ESCOVocabulary.relatedOptionalSkill, Self.iri("skill/use-e-services")))
        #expect(imported.has("skill/use-e-services", ESCOVocabulary.relatedOptionalSkill, Self.iri("skill/computer-programming")))
        let relations = imported.graph.triples.filter {
            $0.predicate == ESCOVocabulary.relatedEssentialSkill || $0.predicate == ESCOVocabulary.relatedOptionalSkill
        }
        #expect(relations.count == 4)
    }

    @Test func v1_0CollectionsIncludingICTSkills() throws {
        let imported = try Imported("v1.0")
        let inScheme = Self.skos + "inScheme"
        #expect(imported.subjects(inScheme, .iri(Self.scheme + "skill-ict-groups")) == [Self.iri("skill/use-e-services"), Self.iri("skill/computer-programming")])
        #expect(imported.subjects(inScheme, .iri(Self.scheme + "skill-language-groups")) == [Self.iri("skill/write-hungarian")])
        #expect(imported.subjects(inScheme, .iri(Self.scheme + "skill-transversal-groups")) == [Self.iri("skill/use-e-services")])
        #expect(imported.warnings.isEmpty, "\(imported.warnings)")
        #expect(imported.files.contains("en/ictSkillsCollection_en.csv"))
    }

    @Test(arguments: ["v1.1", "v1.2"])
    func collectionsFromV1_1On(release: String) throws {
        let imported = try Imported(release)
        let inScheme = Self.skos + "inScheme"
        let expected: [(String, Set<Term>)] = [
            ("6c930acd-c104-4ece-acf7-f44fd7333036", [Self.iri("skill/computer-programming"), Self.iri("skill/use-e-services")]),
            ("digcomp", [Self.iri("skill/use-e-services")]),
            ("green", [Self.iri("skill/negotiate-contracts")]),
            ("research", [Self.iri("skill/computer-programming")]),
            ("skill-language-groups", [Self.iri("skill/write-hungarian")]),
            ("skill-transversal-groups", [Self.iri("skill/use-e-services")]),
            ("8ae4b9f3-507e-4057-a145-2f96f0132613", [Self.iri("occupation/software-developer")]),
        ]
        for (name, members) in expected {
            #expect(imported.subjects(inScheme, .iri(Self.scheme + name)) == members, "\(name)")
        }
        let vocabulary = Vocabulary(graph: imported.graph)
        #expect(vocabulary.scheme(Self.scheme + "green")?.prefLabels == [LangString("Green", language: "en")])
    }

    @Test func v1_2SkipsGreenShareAndDictionaryWithAWarningEach() throws {
        let imported = try Imported("v1.2")
        let skipped = imported.warnings.map { $0.location.file.split(separator: "/").last.map(String.init) ?? "" }
        #expect(skipped == ["dictionary_en.csv", "greenShareOcc_en.csv"])
        #expect(imported.warnings.allSatisfy { $0.message.hasSuffix("skipped") && $0.location.line == 1 })
        #expect(imported.files.count == 17)
        #expect(imported.files.contains("en/occupationSkillRelations_en.csv"))
    }

    @Test func v1_2AddsNACECodesAndNothingFromTheLabelColumns() throws {
        let older = try Imported("v1.1").graph
        let newer = try Imported("v1.2").graph
        let occupation = Self.iri("occupation/software-developer")
        let nace = newer.triples.filter { $0.predicate == ESCOVocabulary.hasNACECode }.map(\.object)
        #expect(nace == [.iri("http://data.europa.eu/ux2/nace2.1/62"), .iri("http://data.europa.eu/ux2/nace2.1/631")])
        #expect(newer.contains(Triple(occupation, Namespace.dcterms + "modified",
                                      .literal(Literal("2024-01-25T11:28:50.295Z", datatype: Namespace.xsd + "dateTime")))))
        // Apart from those, v1.2's files (renamed, with label columns) give exactly v1.1's triples.
        let changed: Set<String> = [ESCOVocabulary.hasNACECode, Namespace.dcterms + "modified"]
        let differing = { (graph: Graph) in Set(graph.triples.filter { !($0.subject == occupation && changed.contains($0.predicate)) }) }
        #expect(differing(newer) == differing(older))
    }
}
