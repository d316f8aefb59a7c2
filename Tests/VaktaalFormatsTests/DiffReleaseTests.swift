import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// `VocabularyDiff` on real releases. The expected figures were computed independently with
/// rdflib 7 (set differences of the parsed triples, per property; "common" = IRIs typed
/// `skos:Concept` in both versions; label and note changes counted per (concept, language) on
/// common concepts; link changes counted over all statements, as skos-history counts them).
@Suite struct DiffReleaseTests {
    /// Loads as the CLI does, in compact form.
    static func load(_ paths: String...) throws -> CompactVocabulary {
        try VocabularyLoader.loadCompactVocabulary(paths: paths.map(SharedData.path))
    }

    static let gemetOld = "gemet/v3.1_2016-04-01/", gemetNew = "gemet/v4.0.1_2017-11-27/"

    /// GEMET 3.1 → 4.0.1, Dutch files. The published figures (+300 concepts, no prefLabel changed,
    /// broader +432/−1) count `skos:broader` statements; with GEMET's `skos:narrower` statements
    /// merged in the hierarchy changes by +440/−1 (4.0.1 states 8 narrower links without the
    /// inverse broader).
    @Test func gemetDutch() throws {
        let diff = VocabularyDiff(old: try Self.load(Self.gemetOld + "gemet-nl.rdf"), new: try Self.load(Self.gemetNew + "gemet-nl.rdf"))
        let summary = diff.summary
        #expect(summary.concepts == .init(added: 300, removed: 0, changed: 427))
        #expect(summary.prefLabels == .init())
        #expect(summary.broader == .init(added: 432, removed: 1))
        #expect(summary.narrower == .init(added: 436, removed: 1))
        #expect(summary.hierarchy == .init(added: 440, removed: 1))
        #expect(summary.moved == 1)
        #expect(diff.changed.filter { $0.moved == true }.map(\.iri) == ["http://www.eionet.europa.eu/gemet/concept/15041"])
        #expect(summary.related == .init(added: 1300, removed: 0))
        #expect(summary.altLabels == .init() && summary.notes.isEmpty)
        #expect(summary.topConcepts == .init(added: 0, removed: 1))
        #expect(summary.schemes == .init(added: 0, removed: 0, changed: 1))
        #expect(diff.schemes.first?.properties.map(\.property) == ["dc:description"])
        #expect(diff.hasDifferences)
    }

    /// Both languages merged per version: the same concept and link figures, plus the language
    /// differences rdflib finds: one English prefLabel added (not a relabelling) and 35 English
    /// scopeNotes changed (33 edited, 2 added).
    @Test func gemetDutchAndEnglishMerged() throws {
        let old = try Self.load(Self.gemetOld + "gemet-nl.rdf", Self.gemetOld + "gemet-en.rdf")
        let new = try Self.load(Self.gemetNew + "gemet-nl.rdf", Self.gemetNew + "gemet-en.rdf")
        let summary = VocabularyDiff(old: old, new: new).summary
        #expect(summary.concepts == .init(added: 300, removed: 0, changed: 457))
        #expect(summary.prefLabels == .init(changed: 0, languagesAdded: 1, languagesDropped: 0))
        #expect(summary.notes == ["scopeNote": 35])
        #expect(summary.broader == .init(added: 432, removed: 1))
        let dutchOnly = VocabularyDiff(old: old, new: new, options: DiffOptions(language: "nl")).summary
        #expect(dutchOnly.prefLabels == .init() && dutchOnly.notes.isEmpty)
    }

    /// The EU authority table "subdivision" v1 → v2: 12 concepts added (38 → 50), nothing else about
    /// concepts; the scheme's version changed.
    @Test func euAuthorityTable() throws {
        let base = "skos-history/examples/test_load/data/"
        let diff = VocabularyDiff(old: try Self.load(base + "v1/subdivisions-skos.rdf"), new: try Self.load(base + "v2/subdivisions-skos.rdf"))
        #expect(diff.summary.concepts == .init(added: 12, removed: 0, changed: 0))
        #expect(diff.added.first?.iri == "http://publications.europa.eu/resource/authority/subdivision/AGR")
        #expect(diff.summary.inScheme == .init(added: 12, removed: 0))
        #expect(diff.summary.prefLabels == .init())
        let scheme = try #require(diff.schemes.first)
        #expect(scheme.properties.first { $0.property == "owl:versionInfo" }
                == PropertyChange(property: "owl:versionInfo", added: ["\"20190220-0\""], removed: ["\"20171213-0\""]))
    }

    /// The EuroVoc fragment old → new: concept 5854 removed; 5548 loses its broader 5854 and has
    /// altLabels +2/−2 (fr added, it changed, nl dropped); 214 gains broader 5548 and loses
    /// related 5548. Statements, including those of the removed concept: broader +1/−2,
    /// related −2, inScheme −2.
    @Test func euroVocFragment() throws {
        let base = "skos-history/examples/test_query/data/"
        let diff = VocabularyDiff(old: try Self.load(base + "old/test.rdf"), new: try Self.load(base + "new/test.rdf"))
        let summary = diff.summary
        #expect(diff.removed.map(\.iri) == ["http://eurovoc.europa.eu/5854"])
        #expect(diff.changed.map(\.iri) == ["http://eurovoc.europa.eu/214", "http://eurovoc.europa.eu/5548"])
        #expect(summary.altLabels == .init(added: 2, removed: 2))
        #expect(summary.prefLabels == .init())
        #expect(summary.broader == .init(added: 1, removed: 2))
        #expect(summary.hierarchy == .init(added: 1, removed: 2))
        #expect(summary.related == .init(added: 0, removed: 2))
        #expect(summary.inScheme == .init(added: 0, removed: 2))
        #expect(summary.moved == 0)
        let labels = diff.changed[1].labels?.map { "\($0.language ?? "")=\($0.change.rawValue)" }
        #expect(labels == ["fr=languageAdded", "it=changed", "nl=languageDropped"])
    }

    /// Every diff category of skos-history (its generated SPARQL queries, `added_…`/`deleted_…`)
    /// has a place in the summary.
    @Test func coversSkosHistoryCategories() throws {
        let directory = SharedData.path("skos-history/examples/test_query/sparql/skos_core")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".rq") }
        #expect(files.count == 64)
        let summaryKeys = try JSONSerialization.jsonObject(with: JSONEncoder().encode(DiffSummary())) as? [String: Any]
        for file in files {
            let category = file.replacingOccurrences(of: "added_", with: "").replacingOccurrences(of: "deleted_", with: "")
                .replacingOccurrences(of: ".rq", with: "")
            let key = try #require(Self.categories[category], "no diff field for \(category)")
            #expect(summaryKeys?[key] != nil, "\(category) → \(key)")
        }
    }

    /// skos-history category → summary field. Transitive relations are not compared as stated
    /// triples; their changes show as hierarchy changes.
    static let categories: [String: String] = [
        "instance_concept": "concepts", "instance_concept_scheme": "schemes", "instance_collection": "collections",
        "instance_ordered_collection": "collections", "property_collection_pref_label": "collections",
        "property_ordered_collection_pref_label": "collections", "property_concept_scheme_pref_label": "schemes",
        "property_concept_pref_label": "prefLabels", "property_concept_alt_label": "altLabels",
        "property_concept_hidden_label": "hiddenLabels", "property_concept_notation": "notations",
        "property_concept_definition": "notes", "property_concept_scope_note": "notes", "property_concept_note": "notes",
        "property_concept_example": "notes", "property_concept_history_note": "notes",
        "property_concept_editorial_note": "notes", "property_concept_change_note": "notes",
        "property_concept_broader": "broader", "property_concept_narrower": "narrower",
        "property_concept_broader_transitive": "hierarchy", "property_concept_narrower_transitive": "hierarchy",
        "property_concept_semantic_relation": "hierarchy", "property_concept_related": "related",
        "property_concept_in_scheme": "inScheme", "property_concept_top_concept_of": "topConcepts",
        "property_concept_mapping_relation": "mappings", "property_concept_exact_match": "mappings",
        "property_concept_close_match": "mappings", "property_concept_broad_match": "mappings",
        "property_concept_narrow_match": "mappings", "property_concept_related_match": "mappings",
    ]
}
