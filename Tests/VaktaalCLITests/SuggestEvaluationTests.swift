import Testing
import VaktaalFormats
import VaktaalModel

/// Leave one mapping set out: each sector's curated mappings to the hub are taken away and
/// `suggest` must find them again. The floors sit just below the figures reached (README,
/// `### suggest`); no change may lower them. `Benchmarks/suggest.py` prints the full table with
/// the rapidfuzz baseline and hub→ESCO.
@Suite struct SuggestEvaluationTests {
    static let vocabulary = try! VocabularyLoader.loadVocabulary(paths: [CLIRunner.repositoryRoot + "/Vocabularies"])

    /// recall@1, recall@5 and match-type precision at rank 1 reached on 2026-12-08, less a margin.
    static let floors: [(sector: String, recallAt1: Double, recallAt5: Double, typeAt1: Double)] = [
        ("metaal", 0.85, 0.94, 0.60),
        ("metalektro", 0.75, 0.87, 0.67),
        ("installatietechniek", 0.86, 0.94, 0.63),
    ]

    @Test(arguments: floors.map(\.sector))
    func recallStaysAboveTheFloor(sector: String) throws {
        let floor = try #require(Self.floors.first { $0.sector == sector })
        let source = "https://data.vaktaal.nl/" + sector, target = "https://data.vaktaal.nl/hub"
        let curated = SuggestionEvaluation.curated(in: Self.vocabulary, from: source, to: target)
        let suggester = MappingSuggester(vocabulary: SuggestionEvaluation.leavingOut(Self.vocabulary, from: source, to: target))
        let suggestions = suggester.suggestions(from: source, to: target, options: .init(limit: 5, includeMapped: true))
        let score = SuggestionEvaluation(source: source, target: target, curated: curated, suggestions: suggestions)
        #expect(score.concepts >= 140)
        #expect(score.recallAt1 >= floor.recallAt1, "\(sector) recall@1 \(score.recallAt1)")
        #expect(score.recallAt5 >= floor.recallAt5, "\(sector) recall@5 \(score.recallAt5)")
        #expect(score.typePrecisionAt1 >= floor.typeAt1, "\(sector) match-type precision at rank 1 \(score.typePrecisionAt1)")
        // exactMatch is transitive: at most one per source concept.
        #expect(Dictionary(grouping: suggestions, by: \.subject).values.allSatisfy { $0.count { $0.type == .exact } <= 1 })
    }
}
