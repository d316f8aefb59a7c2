import VaktaalModel

/// The IRIs the ESCO import writes: ESCO's own ontology (`http://data.europa.eu/esco/model#`) for
/// what SKOS has no property for, SKOS and DCMI terms for the rest. docs/esco.md lists which CSV
/// column becomes which triple.
package enum ESCOVocabulary {
    /// ESCO's ontology namespace.
    package static let model = "http://data.europa.eu/esco/model#"
    /// ISO 25964's SKOS extension, whose `status` ESCO uses for the publication status.
    package static let isoThes = "http://purl.org/iso25964/skos-thes#"

    /// `esco:Skill`: a knowledge, skill or competence concept.
    package static let skillClass = model + "Skill"
    /// `esco:Occupation`.
    package static let occupationClass = model + "Occupation"
    /// `esco:GroupConcept`: a grouping concept (skill groups, ISCO groups) used for structure only.
    package static let groupConceptClass = model + "GroupConcept"

    /// `esco:skillType`: knowledge or skill/competence, as an IRI of ESCO's skill-type scheme.
    package static let skillType = model + "skillType"
    /// `esco:skillReuseLevel`: transversal, cross-sector, sector-specific or occupation-specific.
    package static let skillReuseLevel = model + "skillReuseLevel"
    /// `esco:memberOfISCOGroup`: the ISCO-08 unit group of an occupation.
    package static let memberOfISCOGroup = model + "memberOfISCOGroup"
    /// `esco:regulatedProfessionNote`: whether and how the occupation is regulated.
    package static let regulatedProfessionNote = model + "regulatedProfessionNote"
    /// `esco:hasNACECode`: the NACE codes (industry sectors) of an occupation, from v1.2's
    /// `naceCode` column (ESCO's `dictionary_en.csv` names this property for it).
    package static let hasNACECode = model + "hasNACECode"
    /// `esco:relatedEssentialSkill`: a skill essential for the subject occupation or skill.
    package static let relatedEssentialSkill = model + "relatedEssentialSkill"
    /// `esco:relatedOptionalSkill`: a skill optional for the subject occupation or skill.
    package static let relatedOptionalSkill = model + "relatedOptionalSkill"
    /// `iso-thes:status`: the publication status (`released`).
    package static let status = isoThes + "status"

    /// ESCO's concept schemes for its collections, by the collection file's name without language
    /// (no column of a collection file names its scheme). `ictSkillsCollection` is v1.0's; its
    /// scheme is the one ESCO's API lists the ICT skills under (`isInScheme=…/skill-ict-groups`),
    /// named like those of the language and transversal collections.
    package static let collectionSchemes: [String: String] = [
        "digitalSkillsCollection": "http://data.europa.eu/esco/concept-scheme/6c930acd-c104-4ece-acf7-f44fd7333036",
        "digCompSkillsCollection": "http://data.europa.eu/esco/concept-scheme/digcomp",
        "greenSkillsCollection": "http://data.europa.eu/esco/concept-scheme/green",
        "languageSkillsCollection": "http://data.europa.eu/esco/concept-scheme/skill-language-groups",
        "researchSkillsCollection": "http://data.europa.eu/esco/concept-scheme/research",
        "transversalSkillsCollection": "http://data.europa.eu/esco/concept-scheme/skill-transversal-groups",
        "researchOccupationsCollection": "http://data.europa.eu/esco/concept-scheme/8ae4b9f3-507e-4057-a145-2f96f0132613",
        "ictSkillsCollection": "http://data.europa.eu/esco/concept-scheme/skill-ict-groups",
    ]

    /// The IRI for a `skillType` cell value.
    package static func skillTypeIRI(_ value: String) -> String? {
        switch value {
        case "skill/competence": "http://data.europa.eu/esco/skill-type/skill"
        case "knowledge": "http://data.europa.eu/esco/skill-type/knowledge"
        default: nil
        }
    }

    /// The IRI for a `reuseLevel` cell value.
    package static func reuseLevelIRI(_ value: String) -> String? {
        switch value {
        case "transversal", "cross-sector", "sector-specific", "occupation-specific":
            "http://data.europa.eu/esco/skill-reuse-level/" + value
        default: nil
        }
    }

    /// The IRI of the ISCO-08 group with a code, as ESCO names them (`…/isco/C2654`).
    package static func iscoGroupIRI(code: String) -> String {
        "http://data.europa.eu/esco/isco/C" + code
    }

    /// The classes (besides `skos:Concept`) for a `conceptType` cell value; nil when unknown.
    package static func classes(conceptType: String) -> [String]? {
        switch conceptType {
        case "KnowledgeSkillCompetence": [Namespace.skos + "Concept", skillClass]
        case "Occupation": [Namespace.skos + "Concept", occupationClass]
        case "SkillGroup", "ISCOGroup": [Namespace.skos + "Concept", groupConceptClass]
        case "ConceptScheme": [Namespace.skos + "ConceptScheme"]
        default: nil
        }
    }
}
