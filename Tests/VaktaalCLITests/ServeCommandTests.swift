import Foundation
import Testing

/// `vaktaal serve` as a user starts it: options checked, a real socket on loopback, a clean stop.
@Suite struct ServeCommandTests {
    @Test func badPortIsUsageError() throws {
        let result = try CLIRunner.run(["serve", "--port", "70000"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--port"))
    }

    @Test func servesOnLoopbackAndStopsCleanlyOnSIGTERM() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = URL(fileURLWithPath: CLIRunner.repositoryRoot)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // The first line names the address once the server listens.
        var text = ""
        let handle = errors.fileHandleForReading
        while !text.contains("vaktaal serve: listening on"), process.isRunning {
            let data = handle.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("vaktaal serve: listening on") })
        #expect(line.contains("http://127.0.0.1:"))
        let address = try #require(line.split(separator: " ").first { $0.hasPrefix("http://") })
        let health = try CLIRunner.run(executable: "curl", ["-fsS", String(address) + "health"])
        #expect(health.stdout == "ok\n")
        // An upload to the diff form must not take over SIGTERM (writing the uploads through
        // OutputFile once installed its cleanup handler, which ended the server by the signal).
        let folder = try CLIRunner.temporaryDirectory()
        let turtle = "<https://example.org/c> a <http://www.w3.org/2004/02/skos/core#Concept> .\n"
        try turtle.write(toFile: folder + "/a.ttl", atomically: true, encoding: .utf8)
        let diff = try CLIRunner.run(executable: "curl", ["-fsS", "-o", "/dev/null", "-w", "%{http_code}",
                                                          "-F", "old=@" + folder + "/a.ttl", "-F", "new=@" + folder + "/a.ttl", String(address) + "diff"])
        #expect(diff.stdout == "200")
        process.terminate()  // SIGTERM
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
