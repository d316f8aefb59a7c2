import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// sssom-py's `sssom validate` accepts what ``SSSOMWriter`` writes: the shipped mapping sets
/// written from the whole shipped vocabulary (one file per set, with labels, and all in one
/// file) and the round trips of the valid sssom-py test files. Runs with `VAKTAAL_INTEROP=1`
/// (as in CI), through `Tests/interop/sssom_check.sh`; a missing sssom-py is then a failure.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["VAKTAAL_INTEROP"] == "1", "set VAKTAAL_INTEROP=1 to run sssom validate"))
struct SSSOMInteropTests {
    @Test func sssomValidateAcceptsWhatVaktaalWrites() throws {
        let folder = NSTemporaryDirectory() + "vaktaal-sssom-interop-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let vocabulary = try ShippedVocabularies.all()
        let paths = try SSSOMWriter.writeMappingSets(vocabulary, toDirectory: folder)
        #expect(paths.count == ShippedVocabularies.setNames.count)
        try write(SSSOMWriter.write(vocabulary), to: folder + "/all-mappings.sssom.tsv")
        for name in SSSOMFixtures.valid {
            let graph = try SSSOMFixtures.read(name)
            try write(SSSOMWriter.write(Vocabulary(graph: graph)), to: folder + "/roundtrip-" + name)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", SharedData.repositoryRoot + "/Tests/interop/sssom_check.sh", folder]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("\(paths.count + 1 + SSSOMFixtures.valid.count) of \(paths.count + 1 + SSSOMFixtures.valid.count) files valid"), "\(output)")
    }

    private func write(_ bytes: [UInt8], to path: String) throws {
        let output = try OutputFile(path: path)
        try bytes.withUnsafeBytes { try output.write($0) }
        try output.commit()
    }
}
