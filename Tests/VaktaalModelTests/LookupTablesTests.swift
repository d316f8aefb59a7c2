import Testing
@testable import VaktaalModel

@Suite struct TokenTableTests {
    @Test func numbersWordsInOrderOfFirstAppearanceAndGrows() {
        var table = TokenTable(capacity: 1)
        let words = (0..<5_000).map { "word\($0 % 2_500)" } + ["", "é", "ελληνικά"]
        var ids: [String: Int32] = [:]
        for word in words {
            let id = Array(word.utf8).withUnsafeBufferPointer { table.insert($0) }
            if let known = ids[word] { #expect(id == known) } else { #expect(id == Int32(ids.count)); ids[word] = id }
        }
        #expect(table.count == 2_503)
        for (word, id) in ids {
            #expect(table.id(of: Array(word.utf8)) == id)
            #expect(table.string(id) == word)
            #expect(table.length(id) == word.utf8.count)
        }
        #expect(table.id(of: Array("word2500".utf8)) == nil)
        #expect(table.id(of: "word12".utf8.dropFirst()) == nil)
        #expect(table.id(of: "xword12".utf8.dropFirst()) == ids["word12"])
    }
}

@Suite struct PostingListsTests {
    @Test func listsEachEntryOnceAscending() {
        // Entries: [0 1 0], [2], [1 1], [] , [0].
        let tokens: [Int32] = [0, 1, 0, 2, 1, 1, 0]
        let starts: [Int32] = [0, 3, 4, 6, 6, 7]
        let postings = PostingLists(entryTokens: tokens, entryTokenStart: starts, tokenCount: 4)
        #expect(Array(postings[0]) == [0, 4])
        #expect(Array(postings[1]) == [0, 2])
        #expect(Array(postings[2]) == [1])
        #expect(Array(postings[3]) == [])
        #expect(postings.count(of: 0) == 2)
    }
}

@Suite struct LabelTableTests {
    @Test func findsEqualWordSequencesNewestFirst() {
        let labels: [[Int32]] = [[1, 2], [2, 1], [1, 2], [1], [1, 2, 3], [1, 2]]
        let tokens = labels.flatMap { $0 }
        let starts = labels.reduce(into: [Int32(0)]) { $0.append($0.last! + Int32($1.count)) }
        let table = LabelTable(entryTokens: tokens, entryTokenStart: starts)
        let wordsOf = { (entry: Int32) in tokens[Int(starts[Int(entry)])..<Int(starts[Int(entry) + 1])] }
        #expect(table.entries(withWords: [1, 2], wordsOf: wordsOf) == [5, 2, 0])
        #expect(table.entries(withWords: [2, 1], wordsOf: wordsOf) == [1])
        #expect(table.entries(withWords: [1], wordsOf: wordsOf) == [3])
        #expect(table.entries(withWords: [3], wordsOf: wordsOf) == [])
    }
}

@Suite struct TrigramIndexTests {
    @Test func trigramsArePaddedWithSpaces() {
        func grams(_ word: String) -> [String] {
            var grams: [UInt32] = []
            Array(word.utf8).withUnsafeBufferPointer { TrigramIndex.trigrams(of: $0, into: &grams) }
            return grams.map { String(decoding: [UInt8($0 >> 16), UInt8($0 >> 8 & 0xFF), UInt8($0 & 0xFF)], as: UTF8.self) }
        }
        #expect(grams("abcd") == [" ab", "abc", "bcd", "cd "])
        #expect(grams("a") == [" a "])
        #expect(grams("") == [])
    }

    @Test func listsWordsByTrigramAscending() {
        var table = TokenTable()
        for word in ["lassen", "frezen", "lasser", "zagen", "assen"] { _ = Array(word.utf8).withUnsafeBufferPointer { table.insert($0) } }
        let index = TrigramIndex(table)
        let gram = { (text: String) in text.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } }
        #expect(Array(index.words(containing: gram("ass"))) == [0, 2, 4])
        #expect(Array(index.words(containing: gram(" as"))) == [4])
        #expect(Array(index.words(containing: gram("en "))) == [0, 1, 3, 4])
        #expect(Array(index.words(containing: gram("xyz"))) == [])
    }
}

@Suite struct TokenScoreTableTests {
    @Test func scoresWordsPerColumnAndZeroWhenAbsent() {
        let table = TokenScoreTable(columns: [[1: 1, 7: 0.8], [:], [7: 0.75, 9: 0.9]])
        let seven = table.row(of: 7)
        #expect(seven >= 0)
        #expect(table.score(row: seven, column: 0) == 0.8)
        #expect(table.score(row: seven, column: 1) == 0)
        #expect(table.score(row: seven, column: 2) == 0.75)
        #expect(table.score(row: table.row(of: 9), column: 0) == 0)
        #expect(table.row(of: 2) == -1)
    }
}

@Suite struct WordPairCacheTests {
    @Test func remembersValuesPerOrderedPairAndGrows() {
        var cache = WordPairCache()
        for left in Int32(0)..<100 {
            for right in Int32(0)..<10 { cache.store(Int8((left * 10 + right) % 100), left, right) }
        }
        #expect(cache.value(3, 7) == 37)
        #expect(cache.value(7, 3) == 73)
        #expect(cache.value(99, 9) == 99)
        #expect(cache.value(3, 70) == nil)
        #expect(cache.value(100, 0) == nil)
        cache.store(-1, 3, 7)
        #expect(cache.value(3, 7) == -1)
        #expect(cache.value(Int32.max, Int32.max) == nil)
    }
}
