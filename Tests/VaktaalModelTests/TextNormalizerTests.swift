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

    @Test func toleranceGrowsWithLength() {
        #expect(EditDistance.tolerance(forLength: 3) == 0)
        #expect(EditDistance.tolerance(forLength: 6) == 1)
        #expect(EditDistance.tolerance(forLength: 12) == 2)
    }
}
