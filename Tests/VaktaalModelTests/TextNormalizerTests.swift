import Testing
import VaktaalModel

@Suite struct TextNormalizerTests {
    @Test(arguments: [
        ("inspiciënt", "inspicient"),
        ("MIG/MAG-lassen", "mig mag lassen"),
        ("Café  Crème", "cafe creme"),
        ("NEN 3140", "nen 3140"),
        ("straße", "strasse"),
        ("  ", ""),
        ("IJzer-werker", "ijzer werker"),
    ])
    func folds(_ input: String, _ expected: String) {
        #expect(TextNormalizer.normalize(input) == expected)
    }

    @Test func separatorsBreakWords() {
        #expect(TextNormalizer.tokens("hard-solderen/zacht solderen, (lassen)") == ["hard", "solderen", "zacht", "solderen", "lassen"])
    }
}

@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("hardsolderen", "hardsoldern", 1),
        ("frezen", "frezzen", 1),
        ("lassen", "alssen", 1),
        ("abc", "abc", 0),
        ("kitten", "sitting", 3),
    ])
    func distance(_ a: String, _ b: String, _ expected: Int) {
        #expect(EditDistance.distance(Array(a.utf8), Array(b.utf8), limit: 5) == expected)
    }

    @Test func respectsLimit() {
        #expect(EditDistance.distance(Array("kitten".utf8), Array("sitting".utf8), limit: 2) == nil)
    }

    /// The banded, capped computation against the whole table, on many short random words.
    @Test func agreesWithTheFullTable() {
        func full(_ a: [UInt8], _ b: [UInt8]) -> Int {
            var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in 0...a.count { d[i][0] = i }
            for j in 0...b.count { d[0][j] = j }
            for i in stride(from: 1, through: a.count, by: 1) {
                for j in stride(from: 1, through: b.count, by: 1) {
                    d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
                }
            }
            return d[a.count][b.count]
        }
        var generator = SplitMix(state: 42)
        for _ in 0..<20_000 {
            let a = (0..<Int.random(in: 0...9, using: &generator)).map { _ in UInt8.random(in: 97...100, using: &generator) }
            let b = (0..<Int.random(in: 0...9, using: &generator)).map { _ in UInt8.random(in: 97...100, using: &generator) }
            let limit = Int.random(in: 0...4, using: &generator)
            let expected = full(a, b)
            #expect(EditDistance.distance(a, b, limit: limit) == (expected <= limit ? expected : nil), "\(a) \(b) \(limit)")
        }
    }

    @Test func toleranceGrowsWithLength() {
        #expect(EditDistance.tolerance(forLength: 3) == 0)
        #expect(EditDistance.tolerance(forLength: 6) == 1)
        #expect(EditDistance.tolerance(forLength: 12) == 2)
    }
}

/// A seeded generator, so that a failing case can be reproduced.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
