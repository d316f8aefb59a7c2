/// The page's language: Dutch, or English with `?lang=en`.
enum PageLanguage: String, Sendable {
    case nl, en

    /// The language a request asks for: `lang=en`, else Dutch.
    /// - Throws: ``Problem`` for any other value than `nl` or `en` (or a `fragment` other than 1).
    init(_ parameters: QueryParameters) throws(Problem) {
        if let fragment = parameters.raw("fragment"), fragment != "1" {
            throw .badRequest("parameter 'fragment' must be 1", parameter: "fragment")
        }
        guard let value = parameters.raw("lang") else { self = .nl; return }
        guard let language = PageLanguage(rawValue: value.lowercased()) else {
            throw .badRequest("parameter 'lang' must be nl or en", parameter: "lang")
        }
        self = language
    }

    /// The other language, for the switch.
    var other: PageLanguage { self == .nl ? .en : .nl }

    /// `lang=en` for links, nothing for Dutch.
    var parameter: String? { self == .en ? "en" : nil }

    /// A phrase in this language.
    func text(_ key: PageText) -> String { self == .nl ? key.dutch : key.english }

    /// The match type in words: hetzelfde, bijna hetzelfde, breder, smaller, verwant, dichtstbij.
    func matchType(_ type: String?) -> String {
        switch type {
        case "exactMatch": text(.same)
        case "closeMatch": text(.nearlySame)
        case "broadMatch": text(.broader)
        case "narrowMatch": text(.narrower)
        case "relatedMatch": text(.related)
        default: text(.nearest)
        }
    }

    /// How a step of a path was taken.
    func via(_ via: String) -> String {
        switch via {
        case "mapping": text(.viaMapping)
        case "inverse-mapping": text(.viaInverseMapping)
        case "broader-concept": text(.viaBroader)
        case "narrower-concept": text(.viaNarrower)
        default: via
        }
    }

    /// Why a nearest answer is offered.
    func basis(_ basis: String) -> String {
        switch basis {
        case "family": text(.basisFamily)
        case "shared-esco": text(.basisESCO)
        case "broader-field": text(.basisField)
        case "lexical": text(.basisLexical)
        default: text(.basisPartial)
        }
    }
}

/// The phrases of the page, in Dutch and English.
enum PageText {
    case title, search, searchLabel, searchHint, searchButton, translate, need, needHint, from, to, anyBranch, translateButton
    case noHits, hitsFor, foundVia, mappings, noMappings, needAsTyped, noCounterpart, fallsUnder, relevance, path, answer
    case same, nearlySame, broader, narrower, related, nearest
    case viaMapping, viaInverseMapping, viaBroader, viaNarrower
    case basisFamily, basisESCO, basisField, basisLexical, basisPartial
    case matchedSource, targetWords, conceptNotFound, labels, notes, children, hierarchy, relatedConcepts, outgoing, incoming
    case otherBranches, scheme, otherFormats, suggestions, skip, badRequest, nothingRelates, confidence, switchLanguage, language
    case diff, oldVersion, newVersion, diffHint, compare

    var dutch: String {
        switch self {
        case .title: "Vaktaal — de gezamenlijke taal van de technische branches"
        case .search: "Zoeken"
        case .searchLabel: "Zoek een vaardigheid (alle labels, alle talen)"
        case .searchHint: "Bijvoorbeeld: frezen, hardsolderen koperleiding, MIG/MAG-lassen"
        case .searchButton: "Zoeken"
        case .translate: "Vertalen"
        case .need: "Opleidingsbehoefte, zoals u die hoorde"
        case .needHint: "Een term of een zin; tikfouten mogen"
        case .from: "Uit branche"
        case .to: "Naar branche"
        case .anyBranch: "alle andere"
        case .translateButton: "Vertalen"
        case .noHits: "Niets gevonden voor"
        case .hitsFor: "Gevonden voor"
        case .foundVia: "gevonden via"
        case .mappings: "Koppelingen"
        case .noMappings: "geen koppelingen"
        case .needAsTyped: "De behoefte zoals getypt"
        case .noCounterpart: "Geen tegenhanger in"
        case .fallsUnder: "De behoefte valt onder"
        case .relevance: "relevantie"
        case .path: "Onderbouwing"
        case .answer: "Antwoord"
        case .same: "hetzelfde"
        case .nearlySame: "bijna hetzelfde"
        case .broader: "breder"
        case .narrower: "smaller"
        case .related: "verwant"
        case .nearest: "dichtstbij"
        case .viaMapping: "koppeling"
        case .viaInverseMapping: "koppeling, omgekeerd gelezen"
        case .viaBroader: "een niveau hoger"
        case .viaNarrower: "een niveau lager"
        case .basisFamily: "dichtstbij: dezelfde familie, geen directe koppeling"
        case .basisESCO: "dichtstbij: gekoppeld aan dezelfde ESCO-vaardigheid"
        case .basisField: "dichtstbij: alleen een veel breder vakgebied dekt dit"
        case .basisLexical: "dichtstbij: alleen vergelijkbare woorden, geen koppeling"
        case .basisPartial: "dichtstbij: het gekoppelde begrip dekt maar een deel van de behoefte"
        case .matchedSource: "herkend als"
        case .targetWords: "eigen woorden van het doel passen"
        case .conceptNotFound: "Geen begrip gevonden voor"
        case .labels: "Labels"
        case .notes: "Toelichting"
        case .children: "Smallere begrippen"
        case .hierarchy: "Plaats in de hiërarchie"
        case .relatedConcepts: "Verwante begrippen"
        case .outgoing: "Koppelingen van dit begrip"
        case .incoming: "Koppelingen naar dit begrip"
        case .otherBranches: "In de andere branches"
        case .scheme: "Schema"
        case .otherFormats: "Ook als"
        case .suggestions: "Suggesties"
        case .skip: "Naar de resultaten"
        case .badRequest: "Deze vraag kan niet worden beantwoord"
        case .nothingRelates: "Niets in deze branche houdt verband met de behoefte"
        case .confidence: "zekerheid"
        case .switchLanguage: "English"
        case .language: "Taal"
        case .diff: "Versies vergelijken"
        case .oldVersion: "Oude versie"
        case .newVersion: "Nieuwe versie"
        case .diffHint: "Bestanden in elk formaat dat Vaktaal leest (.rdf, .nt, .ttl, .json, .ndjson, .csv, .tsv), samen hoogstens 32 MB. Ze worden alleen gelezen en direct weer verwijderd."
        case .compare: "Vergelijken"
        }
    }

    var english: String {
        switch self {
        case .title: "Vaktaal — the shared language of the technical branches"
        case .search: "Search"
        case .searchLabel: "Search a skill (all labels, all languages)"
        case .searchHint: "For example: frezen, hardsolderen koperleiding, MIG/MAG-lassen"
        case .searchButton: "Search"
        case .translate: "Translate"
        case .need: "Training need, as you heard it"
        case .needHint: "A term or a sentence; typos are fine"
        case .from: "From branch"
        case .to: "To branch"
        case .anyBranch: "any other"
        case .translateButton: "Translate"
        case .noHits: "Nothing found for"
        case .hitsFor: "Found for"
        case .foundVia: "found via"
        case .mappings: "Mappings"
        case .noMappings: "no mappings"
        case .needAsTyped: "The need as typed"
        case .noCounterpart: "No counterpart in"
        case .fallsUnder: "The need falls under"
        case .relevance: "relevance"
        case .path: "Justification"
        case .answer: "Answer"
        case .same: "the same"
        case .nearlySame: "nearly the same"
        case .broader: "broader"
        case .narrower: "narrower"
        case .related: "related"
        case .nearest: "nearest"
        case .viaMapping: "mapping"
        case .viaInverseMapping: "mapping, read backwards"
        case .viaBroader: "one level up"
        case .viaNarrower: "one level down"
        case .basisFamily: "nearest: same family, no direct mapping"
        case .basisESCO: "nearest: mapped to the same ESCO skill"
        case .basisField: "nearest: only a much broader field covers this"
        case .basisLexical: "nearest: similar words only, no mapping"
        case .basisPartial: "nearest: the mapped concept covers only part of the need"
        case .matchedSource: "recognised as"
        case .targetWords: "the target's own words fit"
        case .conceptNotFound: "No concept found for"
        case .labels: "Labels"
        case .notes: "Notes"
        case .children: "Narrower concepts"
        case .hierarchy: "Place in the hierarchy"
        case .relatedConcepts: "Related concepts"
        case .outgoing: "Mappings from this concept"
        case .incoming: "Mappings to this concept"
        case .otherBranches: "In the other branches"
        case .scheme: "Scheme"
        case .otherFormats: "Also as"
        case .suggestions: "Suggestions"
        case .skip: "Skip to results"
        case .badRequest: "This question cannot be answered"
        case .nothingRelates: "Nothing in this branch relates to the need"
        case .confidence: "confidence"
        case .switchLanguage: "Nederlands"
        case .language: "Language"
        case .diff: "Compare versions"
        case .oldVersion: "Old version"
        case .newVersion: "New version"
        case .diffHint: "Files in any format Vaktaal reads (.rdf, .nt, .ttl, .json, .ndjson, .csv, .tsv), at most 32 MB together. They are only read, and removed at once."
        case .compare: "Compare"
        }
    }
}
