import Foundation
import Testing

/// `vaktaal snapshot`, `--vocab FILE.vaktaal` and the snapshot cache, as a user runs them.
@Suite(.serialized) struct SnapshotCommandTests {
    let folder = NSTemporaryDirectory() + "vaktaal-snapshot-cli-" + UUID().uuidString
    let noCache = ["VAKTAAL_CACHE": "off"]

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func files(in cache: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache + "/vaktaal")) ?? []).filter { $0.hasSuffix(".vaktaal") }
    }

    @Test func everyCommandAnswersFromASnapshotAsFromTheSources() throws {
        let snapshot = folder + "/shipped.vaktaal"
        let made = try CLIRunner.run(["snapshot", "-o", snapshot], environment: noCache)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stderr.contains("wrote \(snapshot): 793 concepts"))
        let commands: [[String]] = [
            ["lookup", "hardsoldern"], ["lookup", "lassen", "--scheme", "metaal", "--format", "json"],
            ["show", "H01.02.02"], ["show", "MB-021", "--format", "json"],
            ["translate", "storing zoeken aan een koelinstallatie", "--to", "metaal"],
            ["gaps", "--from", "metaal", "--to", "installatietechniek"],
        ]
        for command in commands {
            let fromSources = try CLIRunner.run(command, environment: noCache)
            let fromSnapshot = try CLIRunner.run(command + ["--vocab", snapshot], environment: noCache)
            // gaps exits 1 when it finds gaps; whatever the status, both ways give the same.
            #expect(fromSources.status <= 1 && fromSnapshot.status == fromSources.status, "\(command): \(fromSnapshot.stderr)")
            #expect(!fromSources.stdout.isEmpty)
            #expect(fromSnapshot.stdout == fromSources.stdout, "\(command)")
        }
        let stats = try CLIRunner.run(["stats", snapshot], environment: noCache)
        #expect(stats.stdout == (try CLIRunner.run(["stats"], environment: noCache)).stdout)
        let again = try CLIRunner.run(["snapshot", snapshot, "-o", folder + "/again.vaktaal"], environment: noCache)
        #expect(again.status == 2 && again.stderr.contains("is a snapshot already"))
    }

    @Test func convertWritesAndReadsSnapshots() throws {
        let source = CLIRunner.repositoryRoot + "/Vocabularies/hub.rdf"
        let snapshot = folder + "/hub.vaktaal"
        #expect(try CLIRunner.run(["convert", source, "--to", "snapshot", "-o", snapshot], environment: noCache).status == 0)
        let direct = try CLIRunner.run(["convert", source, "--to", "ntriples"], environment: noCache)
        let viaSnapshot = try CLIRunner.run(["convert", snapshot, "--to", "ntriples"], environment: noCache)
        // RDF/XML converts as a stream, in document order; the snapshot's graph comes sorted.
        let lines = { (text: String) in text.split(separator: "\n").sorted() }
        #expect(viaSnapshot.status == 0 && lines(viaSnapshot.stdout) == lines(direct.stdout))
    }

    @Test func aDamagedSnapshotIsRefusedWithTheFileAndTheReason() throws {
        let snapshot = folder + "/cut.vaktaal"
        #expect(try CLIRunner.run(["snapshot", "-o", snapshot], environment: noCache).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: snapshot))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: snapshot))
        let cut = try CLIRunner.run(["lookup", "lassen", "--vocab", snapshot], environment: noCache)
        #expect(cut.status == 2)
        #expect(cut.stderr.contains("\(snapshot): error: snapshot cut off"), "\(cut.stderr)")
        #expect(cut.stdout.isEmpty)
        var damaged = bytes
        damaged[damaged.count / 2] ^= 0x55
        try damaged.write(to: URL(fileURLWithPath: snapshot))
        let changed = try CLIRunner.run(["translate", "lassen", "--to", "hub", "--vocab", snapshot], environment: noCache)
        #expect(changed.status == 2 && changed.stderr.contains("snapshot damaged"), "\(changed.stderr)")
    }

    @Test func theCacheIsUsedRebuiltWhenDamagedAndNeverStale() throws {
        let cache = folder + "/cache"
        let environment = ["XDG_CACHE_HOME": cache]
        let vocabularies = folder + "/Vocabularies"
        try FileManager.default.copyItem(atPath: CLIRunner.repositoryRoot + "/Vocabularies", toPath: vocabularies)
        let first = try CLIRunner.run(["lookup", "hardsoldern", "--vocab", vocabularies], environment: environment)
        #expect(first.status == 0)
        let kept = files(in: cache)
        #expect(kept.count == 1)
        let second = try CLIRunner.run(["lookup", "hardsoldern", "--vocab", vocabularies], environment: environment)
        #expect(second.stdout == first.stdout && files(in: cache) == kept)

        // A damaged cached snapshot is replaced, and the answer does not change.
        let cached = cache + "/vaktaal/" + kept[0]
        let whole = try Data(contentsOf: URL(fileURLWithPath: cached))
        try whole.prefix(100).write(to: URL(fileURLWithPath: cached))
        let third = try CLIRunner.run(["lookup", "hardsoldern", "--vocab", vocabularies], environment: environment)
        #expect(third.stdout == first.stdout && third.stderr.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: cached)).count == whole.count)

        // A changed source is read afresh: the stale snapshot is not used.
        let metaal = vocabularies + "/metaal.rdf"
        let text = try String(contentsOfFile: metaal, encoding: .utf8)
        try text.replacingOccurrences(of: ">hardsolderen<", with: ">hardsolderen met zilver<").write(toFile: metaal, atomically: true, encoding: .utf8)
        let changed = try CLIRunner.run(["lookup", "hardsoldern", "--vocab", vocabularies], environment: environment)
        #expect(changed.stdout.contains("hardsolderen met zilver"), "\(changed.stdout)")
        #expect(files(in: cache).count == 2)

        // Turned off, nothing is kept.
        let off = folder + "/off"
        _ = try CLIRunner.run(["lookup", "lassen"], environment: ["XDG_CACHE_HOME": off, "VAKTAAL_CACHE": "off"])
        #expect(files(in: off).isEmpty)
    }
}
