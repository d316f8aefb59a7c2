import Foundation
import Testing

/// An interrupted `convert -o` leaves no `NAME.<pid>.tmp` behind.
@Suite struct InterruptedOutputTests {
    /// A vocabulary big enough that converting it takes a while, generated once.
    static let input: String? = {
        guard let folder = try? CLIRunner.temporaryDirectory() else { return nil }
        let path = folder + "/big.rdf"
        let result = try? CLIRunner.run(executable: "sh", ["-c", "python3 ../shared/tools/gen-vocabulary.py --concepts 3000 --langs 10 > '\(path)'"])
        return result?.status == 0 ? path : nil
    }()

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func signalRemovesTheTemporaryFile(_ signalNumber: Int32) throws {
        let input = try #require(Self.input)
        let folder = try CLIRunner.temporaryDirectory()
        let process = Process()
        // The test runner's threads block these signals, and a child inherits that: unblock them
        // (as a shell would have them) before starting vaktaal in the same process.
        let unblock = "import os, signal, sys; signal.pthread_sigmask(signal.SIG_SETMASK, []); os.execv(sys.argv[1], sys.argv[1:])"
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", unblock, CLIRunner.binary, "convert", input, "--to", "turtle", "-o", folder + "/out.ttl"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        var sawTemporary = false
        while Date() < deadline, process.isRunning {
            if try FileManager.default.contentsOfDirectory(atPath: folder).contains(where: { $0.hasSuffix(".tmp") }) {
                sawTemporary = true
                break
            }
            usleep(2000)
        }
        try #require(sawTemporary, "convert finished before it could be interrupted")
        kill(process.processIdentifier, signalNumber)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signalNumber)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}
