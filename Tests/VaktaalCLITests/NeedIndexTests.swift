import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// The need index takes two shortcuts, and each must give what the long way gives: it finds
/// similar words through hashes, sorted stems and trigrams instead of comparing a word with every
/// indexed word, and it stops scoring concepts once their upper bound cannot reach the top.
@Suite struct NeedIndexTests {
    static let index: NeedIndex = {
        let vocabulary = try! VocabularyLoader.loadVocabulary(paths: [CLIRunner.repositoryRoot + "/Vocabularies"])
        return NeedIndex(vocabulary)
    }()

    /// Every word of the evaluation set's needs, and each with a letter dropped, doubled and two
    /// letters swapped, as advisors mistype them.
    static let queryWords: [String] = {
        let text = try! String(contentsOfFile: CLIRunner.repositoryRoot + "/Tests/Evaluation/advisor-needs.tsv", encoding: .utf8)
        let cases = try! AdvisorCase.parse(text)
        var words = Set(cases.flatMap { TextNormalizer.tokens($0.query) })
        for word in Array(words) where word.count >= 5 {
            var letters = Array(word)
            let middle = letters.count / 2
            words.insert(String(letters[..<middle] + letters[(middle + 1)...]))
            words.insert(String(letters[...middle] + letters[middle...]))
            letters.swapAt(middle, middle - 1)
            words.insert(String(letters))
        }
        return words.sorted()
    }()

    @Test func findsWhatAFullScanFinds() {
        let index = Self.index
        #expect(Self.queryWords.count > 500)
        var mismatches: [String] = []
        for word in Self.queryWords {
            let query = Array(word.utf8), stem = Array(NeedWords.stem(word).utf8)
            let tolerance = EditDistance.tolerance(forLength: query.count)
            var scanned: [Int32: Double] = [:]
            for number in 0..<index.wordCount {
                let score = index.similarity(of: number, to: query, stem: stem, tolerance: tolerance)
                if score > 0 { scanned[Int32(number)] = score }
            }
            let found = index.similarWords(to: word)
            if found != scanned { mismatches.append(word + " " + String(describing: scanned.filter { found[$0.key] != $0.value })) }
        }
        #expect(mismatches.isEmpty, "differ for \(mismatches.prefix(10))")
    }

    @Test func aFourLetterWordsTypoKeepsItsFirstLetter() {
        let index = Self.index
        let similar = Set(index.similarWords(to: "meet").keys.map(index.word))
        #expect(!similar.contains("heet"), "\(similar)")
        // Longer words keep their tolerance for a first-letter typo, and four-letter ones for a later one.
        #expect(index.similarWords(to: "koellnstallatie").keys.map(index.word).contains("koelinstallatie"))
        #expect(index.similarWords(to: "heer").keys.map(index.word).contains("heet"))
    }

    @Test func compoundsThatAreNotIndexedAreSplitIntoIndexedParts() {
        let index = Self.index
        #expect(index.compoundParts(of: "hydrauliekschemas") == ["hydrauliek", "schemas"])
        #expect(index.compoundParts(of: "persluchtleidingen") != nil)
        // Words the vocabulary holds whole stay whole; parts are never function words.
        #expect(index.compoundParts(of: "koelinstallatie") == nil)
        #expect(index.compoundParts(of: "voorbewerken") == nil || index.compoundParts(of: "voorbewerken")?.first != "voor")
        #expect(index.splittingCompounds(["hydrauliekschemas", "lezen"]) == ["hydrauliek", "schemas", "lezen"])
    }

    @Test func stoppingEarlyKeepsTheTopResults() throws {
        let text = try String(contentsOfFile: CLIRunner.repositoryRoot + "/Tests/Evaluation/advisor-needs.tsv", encoding: .utf8)
        let needs = try AdvisorCase.parse(text).map { NeedQuery($0.query) }
        var compared = 0
        for need in needs {
            let everything = Self.index.search(need, limit: Self.index.conceptCount, minimumScore: 0)
            for limit in [1, 3, 8] {
                let top = Self.index.search(need, limit: limit, minimumScore: 0)
                #expect(top.map(\.concept) == everything.prefix(limit).map(\.concept), "\(need.text), limit \(limit)")
                compared += top.count
            }
        }
        #expect(compared > 1000)
    }
}
