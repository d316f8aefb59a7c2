import Foundation

/// Paths to this test target's fixtures (`Tests/VaktaalFormatsTests/Fixtures/`), read from where
/// they are rather than bundled.
enum Fixtures {
    /// The fixtures folder, found from this file's path.
    static let folder: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        url.deleteLastPathComponent()
        return url.path + "/Fixtures"
    }()

    /// A path under the fixtures folder.
    static func path(_ relative: String) -> String {
        folder + "/" + relative
    }
}
