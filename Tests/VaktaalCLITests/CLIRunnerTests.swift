import Testing

/// The runner the CLI tests stand on must not hang when a child fills both output streams.
@Suite struct CLIRunnerTests {
    @Test func childWritingMuchToBothStreamsDoesNotBlock() throws {
        let result = try CLIRunner.run(executable: "sh", ["-c", "head -c 300000 /dev/zero | tr '\\000' e >&2; head -c 300000 /dev/zero | tr '\\000' o; echo"])
        #expect(result.status == 0)
        #expect(result.stderr.count == 300_000)
        #expect(result.stdout.count == 300_001)
    }
}
