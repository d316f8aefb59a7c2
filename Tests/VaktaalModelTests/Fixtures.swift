import VaktaalModel

/// Small vocabularies built in code for model tests.
enum Fixtures {
    static let hub = "https://example.org/hub"
    static let installatie = "https://example.org/it"
    static let metaal = "https://example.org/mb"

    static func concept(_ scheme: String, _ id: String, nl: String, alt: [String] = [], broader: [String] = []) -> Concept {
        var concept = Concept(iri: scheme + "/" + id)
        concept.labels[.preferred] = [LangString(nl, language: "nl")]
        concept.labels[.alternative] = alt.map { LangString($0, language: "nl") }
        concept.inSchemes = [scheme]
        concept.notations = [Literal(id)]
        concept.broader = broader.map { scheme + "/" + $0 }
        return concept
    }

    static func mapping(_ subject: String, _ type: MatchType, _ object: String, confidence: Double? = nil) -> Mapping {
        var mapping = Mapping(subject: subject, type: type, object: object)
        mapping.confidence = confidence
        return mapping
    }

    /// Two sectors and a hub: hardsolderen in three shapes, plus lassen.
    static func sectors() -> Vocabulary {
        var vocabulary = Vocabulary()
        for scheme in [hub, installatie, metaal] { vocabulary.upsert(ConceptScheme(iri: scheme)) }
        vocabulary.upsert(concept(hub, "H1", nl: "solderen"))
        vocabulary.upsert(concept(hub, "H1.1", nl: "hardsolderen", alt: ["brazen"], broader: ["H1"]))
        vocabulary.upsert(concept(hub, "H1.1.1", nl: "hardsolderen van koperleidingen", broader: ["H1.1"]))
        vocabulary.upsert(concept(hub, "H2", nl: "MIG/MAG-lassen", alt: ["MIG-lassen"]))
        vocabulary.upsert(concept(installatie, "IT1", nl: "koperleidingen hardsolderen", alt: ["hardsolderen koperleiding"]))
        vocabulary.upsert(concept(installatie, "IT2", nl: "cv-ketel onderhouden"))
        vocabulary.upsert(concept(metaal, "MB1", nl: "hardsolderen"))
        vocabulary.upsert(concept(metaal, "MB2", nl: "lassen met beschermgas"))
        vocabulary.upsert(concept(metaal, "MB3", nl: "inspiciënt lasnaden"))
        vocabulary.mappings = [
            mapping(installatie + "/IT1", .exact, hub + "/H1.1.1", confidence: 0.9),
            mapping(metaal + "/MB1", .exact, hub + "/H1.1", confidence: 0.95),
            mapping(metaal + "/MB2", .narrow, hub + "/H2", confidence: 0.8),
        ]
        return vocabulary
    }
}
