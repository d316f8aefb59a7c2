import Testing
import VaktaalFormats
import VaktaalModel

/// Suggestions written as SSSOM/TSV read back with the existing reader, rows in rank order.
@Suite struct SSSOMSuggestionsTests {
    static let source = "https://data.vaktaal.nl/metaal"
    static let target = "https://data.vaktaal.nl/hub"

    static func vocabulary() -> Vocabulary {
        var vocabulary = Vocabulary()
        for (iri, label) in [(source + "/MB-021", "hardsolderen"), (target + "/H01.02.02", "hardsolderen"),
                             (target + "/H01.02", "solderen"), (source + "/MB-003", "MIG/MAG-lassen"), (target + "/H01.01.01", "MIG/MAG-lassen")] {
            var concept = Concept(iri: iri)
            concept.labels[.preferred] = [LangString(label, language: "nl")]
            concept.inSchemes = [iri.hasPrefix(source) ? source : target]
            vocabulary.upsert(concept)
        }
        return vocabulary
    }

    static let suggestions = [
        MappingSuggestion(subject: source + "/MB-021", object: target + "/H01.02.02", type: .exact, confidence: 0.93,
                          justification: MappingSuggester.lexicalMatching, rank: 1,
                          evidence: ["label 'hardsolderen' ~ 'hardsolderen' (prefLabel) 100%", "definitions 61%"], signals: ["labels": 1]),
        MappingSuggestion(subject: source + "/MB-021", object: target + "/H01.02", type: .broad, confidence: 0.61,
                          justification: MappingSuggester.compositeMatching, rank: 2, evidence: ["parent …"], signals: ["hierarchy": 0.5]),
        MappingSuggestion(subject: source + "/MB-003", object: target + "/H01.01.01", type: .exact, confidence: 0.98,
                          justification: MappingSuggester.lexicalMatching, rank: 1, evidence: ["label"], signals: ["labels": 1]),
    ]

    @Test func readsBackWithTheReader() throws {
        let bytes = try SSSOMSuggestions.write(Self.suggestions, vocabulary: Self.vocabulary(), from: Self.source, to: Self.target)
        let read = try SSSOMReader.read(bytes, file: "suggestions.sssom.tsv")
        #expect(read.mappings.count == 3)
        let first = try #require(read.mappings.first { $0.object == Self.target + "/H01.02.02" })
        #expect(first.subject == Self.source + "/MB-021")
        #expect(first.type == .exact)
        #expect(first.confidence == 0.93)
        #expect(first.justification == MappingSuggester.lexicalMatching)
        #expect(first.comment?.value == "label 'hardsolderen' ~ 'hardsolderen' (prefLabel) 100%; definitions 61%")
        #expect(first.mappingSet == SSSOMSuggestions.mappingSetID(from: Self.source, to: Self.target))
        #expect(read.mappings.contains { $0.type == .broad && $0.justification == MappingSuggester.compositeMatching })
    }

    @Test func hasTheColumnsAndHeaderReviewersNeed() throws {
        let text = String(decoding: try SSSOMSuggestions.write(Self.suggestions, vocabulary: Self.vocabulary(), from: Self.source, to: Self.target),
                          as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("#mapping_set_id: https://data.vaktaal.nl/mappings/suggestions/metaal-hub") })
        #expect(lines.contains { $0.hasPrefix("#license: ") })
        #expect(lines.contains { $0.hasPrefix("#curie_map:") })
        let columns = try #require(lines.first { !$0.hasPrefix("#") }).split(separator: "\t").map(String.init)
        for column in ["subject_id", "subject_label", "predicate_id", "object_id", "object_label", "mapping_justification", "confidence", "comment"] {
            #expect(columns.contains(column), "column \(column)")
        }
        // Rows in the order given: per subject, best first (the writer alone would sort them).
        let rows = lines.drop { $0.hasPrefix("#") }.dropFirst()
        #expect(rows.map { $0.split(separator: "\t")[3] } == ["vaktaal.hub:H01.02.02", "vaktaal.hub:H01.02", "vaktaal.hub:H01.01.01"])
        #expect(rows.first?.contains("hardsolderen\tskos:exactMatch") == true)
    }
}
