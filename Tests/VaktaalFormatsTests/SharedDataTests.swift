import Foundation
import Testing

/// Many tests read `../shared/data/` (the W3C suites, real vocabularies, ESCO): when it is missing
/// they cannot pass, and this says why in one line before their own failures do.
@Suite struct SharedDataTests {
    @Test func sharedDataIsBesideTheRepository() {
        let path = URL(fileURLWithPath: SharedData.path("")).standardized.path
        #expect(SharedData.isAvailable, "../shared/data is missing (looked in \(path)): the conformance, real-vocabulary and interop tests need it beside the clone")
    }
}
