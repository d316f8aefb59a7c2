import Foundation
import Testing

/// Whether the library check runs: it builds a package from scratch, which takes minutes.
enum LibraryCheck {
    static let enabled = ProcessInfo.processInfo.environment["VAKTAAL_LIBRARY_CHECK"] == "1"
}

/// The README's "Use Vaktaal as a library" example, compiled and run as a user would: a fresh
/// package whose `Package.swift` is the README's, depending by version (`from: "0.2.0"`) on a
/// tagged clone of this repository. SwiftPM refuses such a dependency when it has unsafe flags, and
/// the example breaks when the public API it shows changes. Enabled in CI
/// (`VAKTAAL_LIBRARY_CHECK=1`).
@Suite(.enabled(if: LibraryCheck.enabled, "set VAKTAAL_LIBRARY_CHECK=1 to build the README's library example"))
struct LibraryUseTests {
    /// The `swift` code blocks of the README section headed "Use Vaktaal as a library".
    static func exampleBlocks() throws -> [String] {
        let readme = try String(contentsOfFile: CLIRunner.repositoryRoot + "/README.md", encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "\n## Use Vaktaal as a library\n").dropFirst().first)
            .components(separatedBy: "\n## ").first ?? ""
        return section.components(separatedBy: "```swift\n").dropFirst().map { $0.components(separatedBy: "\n```").first ?? "" }
    }

    @Test func readmeExampleBuildsAndRunsAgainstATaggedClone() throws {
        let blocks = try Self.exampleBlocks()
        try #require(blocks.count >= 2, "the section needs main.swift and Package.swift blocks")
        let (main, manifest) = (blocks[0], blocks[1])
        #expect(manifest.contains("from: \"0.2.0\""))

        let work = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: work) }
        // A clone of what is committed, tagged as the version the README asks for.
        let clone = work + "/vaktaal"
        try Self.check(try CLIRunner.run(executable: "/usr/bin/env", ["git", "clone", "-q", CLIRunner.repositoryRoot, clone]))
        try Self.check(try CLIRunner.run(executable: "/usr/bin/env", ["git", "-C", clone, "tag", "-f", "0.2.0"]))

        let package = work + "/UseVaktaal"
        try FileManager.default.createDirectory(atPath: package + "/Sources/UseVaktaal", withIntermediateDirectories: true)
        let localManifest = manifest.replacingOccurrences(
            of: #"url: "[^"]*""#, with: "url: \"file://\(clone)\"", options: .regularExpression)
        try localManifest.write(toFile: package + "/Package.swift", atomically: true, encoding: .utf8)
        try main.write(toFile: package + "/Sources/UseVaktaal/main.swift", atomically: true, encoding: .utf8)

        let built = try CLIRunner.run(executable: "/usr/bin/env", ["swift", "build", "--package-path", package])
        try Self.check(built)
        // Run it where the README's reader stands: in the repository, beside Vocabularies/.
        let run = try CLIRunner.run(executable: package + "/.build/debug/UseVaktaal", [])
        try Self.check(run)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("lookup: hardsolderen") == true, "\(run.stdout)")
        #expect(lines.contains { $0.hasPrefix("translate:") && $0.contains("metaal/MB-") }, "\(run.stdout)")
    }

    static func check(_ result: CLIRunner.Result) throws {
        if result.status != 0 {
            Issue.record("exit \(result.status): \(result.stderr.suffix(4000))")
            throw CancellationError()
        }
    }
}
