import Testing
import VaktaalFormats

/// Files of the ESCO download are placed by their columns, whatever they are called.
@Suite struct ESCOPlacementTests {
    @Test(arguments: [
        ("conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels", ESCOPlacement.read(.concepts)),
        ("conceptType,conceptSchemeUri,preferredLabel,title,status,description,hasTopConcept", .read(.concepts)),
        ("conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description,broaderConceptUri,broaderConceptPT", .read(.collection)),
        ("Level 0 URI,Level 0 preferred term,Level 1 URI,Level 1 preferred term", .read(.skillsHierarchy)),
        ("conceptType,conceptUri,broaderType,broaderUri", .read(.broaderRelations)),
        ("conceptType,conceptUri,conceptLabel,broaderType,broaderUri,broaderLabel", .read(.broaderRelations)),
        ("occupationUri,relationType,skillType,skillUri", .read(.occupationSkillRelations)),
        ("occupationUri,occupationLabel,relationType,skillType,skillUri,skillLabel", .read(.occupationSkillRelations)),
        ("originalSkillUri,originalSkillType,relationType,relatedSkillType,relatedSkillUri", .read(.skillSkillRelations)),
        ("a,b", .unknown),
        ("conceptLabel,preferredLabel", .unknown),
    ])
    func placesAFileByItsColumns(header: String, placement: ESCOPlacement) {
        #expect(ESCOPlacement(header: header.split(separator: ",").map(String.init)) == placement)
    }

    @Test func greenShareAndDictionaryAreKnownButSkipped() {
        // greenShareOcc has the concept columns too: its greenShare column decides.
        let greenShare = ESCOPlacement(header: ["conceptType", "conceptUri", "code", "preferredLabel", "greenShare"])
        let dictionary = ESCOPlacement(header: ["filename", "data header", "property", "description"])
        guard case .skip(let why) = greenShare, case .skip(let what) = dictionary else {
            Issue.record("expected both to be skipped: \(greenShare), \(dictionary)")
            return
        }
        #expect(why.contains("green share"))
        #expect(what.contains("dictionary"))
    }

    @Test func theNameGivesLanguageAndTableOnly() {
        let occupations = ESCOFile(path: "x/occupations_nl.csv", kind: .concepts)
        #expect(occupations.language == "nl")
        #expect(occupations.table == "occupations")
        #expect(ESCOFile(path: "v1.2/occupationSkillRelations_en.csv", kind: .occupationSkillRelations).language == nil)
        #expect(ESCOFile(path: "skills.csv", kind: .concepts).language == nil)
        #expect(ESCOFile(path: "greenSkillsCollection_pt.csv", kind: .collection).collectionScheme == "http://data.europa.eu/esco/concept-scheme/green")
        #expect(ESCOFile(path: "ictSkillsCollection_en.csv", kind: .collection).collectionScheme
            == "http://data.europa.eu/esco/concept-scheme/skill-ict-groups")
        #expect(ESCOFile(path: "skills_en.csv", kind: .concepts).collectionScheme == nil)
    }

    @Test func warnsAboutUnknownColumnsMissingLanguageAndUnknownCollections() {
        let skills = ESCOFile(path: "d/skills.csv", kind: .concepts)
        let messages = skills.warnings(header: ["conceptType", "conceptUri", "preferredLabel", "proficiency"]).map(\.message)
        #expect(messages.count == 2)
        #expect(messages.contains { $0.contains("'proficiency'") })
        #expect(messages.contains { $0.contains("no language") })
        let collection = ESCOFile(path: "d/quantumSkillsCollection_en.csv", kind: .collection)
        let warnings = collection.warnings(header: ["conceptType", "conceptUri", "preferredLabel", "broaderConceptUri"])
        #expect(warnings.map(\.location) == [SourceLocation(file: "d/quantumSkillsCollection_en.csv", line: 1)])
        #expect(warnings.first?.message.contains("'quantumSkillsCollection'") == true)
        // The label columns of v1.2.1's relation files are known, and relation files need no language.
        let relations = ESCOFile(path: "d/occupationSkillRelations_en.csv", kind: .occupationSkillRelations)
        #expect(relations.warnings(header: ["occupationUri", "occupationLabel", "relationType", "skillType", "skillUri", "skillLabel"]).isEmpty)
    }
}
