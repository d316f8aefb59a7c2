public import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
public import VaktaalFormats
import Synchronization
import VaktaalModel

/// The `--vocab FILE…` option shared by the commands that read vocabularies.
struct VocabularyOptions: ParsableArguments {
    @Option(name: .long, parsing: .upToNextOption,
            help: "Vocabulary files or folders to load, or one snapshot made by `vaktaal snapshot` (default: the shipped Vocabularies/).")
    var vocab: [String] = []

    /// The files to load: those given, or the shipped vocabularies.
    func paths() throws -> [String] {
        vocab.isEmpty ? try Self.shippedPaths() : vocab
    }

    /// The shipped vocabularies, for commands whose files are optional arguments.
    static func shippedPaths() throws -> [String] {
        guard let shipped = ShippedVocabularies.directory() else {
            throw CommandFailure.trouble("error: no --vocab given and no Vocabularies/ folder found (set VAKTAAL_VOCABULARIES)")
        }
        return [shipped]
    }

    /// Loads the vocabularies: from the snapshot given, else from the cache's snapshot of the
    /// sources (see ``SnapshotCache``), else from the sources (then kept in the cache).
    /// - Parameter cached: Whether the cache may be used (`export` reads its sources afresh).
    func load(cached: Bool = true) throws -> Vocabulary {
        let paths = try paths()
        if let snapshot = try Self.snapshotPath(in: paths) { return Vocabulary(try SnapshotFile.read(snapshot).naming { try $0.vocabulary() }) }
        guard cached, let cache = SnapshotCache.fromEnvironment() else {
            return try VocabularyLoader.loadVocabulary(paths: paths, progress: TerminalProgress.shared.report)
        }
        let key = try SnapshotCache.key(for: paths)
        if let kept = cache.snapshot(for: key) {
            if let vocabulary = try? kept.vocabulary() { return Vocabulary(vocabulary) }
            cache.discard(key)
        }
        return try Self.make(paths, key: key, cache: cache).vocabulary
    }

    /// The vocabularies as a snapshot (the lookup index included): the snapshot given, the
    /// cache's, or one made from the sources (then kept in the cache).
    func loadSnapshot() throws -> VocabularySnapshot {
        let paths = try paths()
        if let snapshot = try Self.snapshotPath(in: paths) { return try SnapshotFile.read(snapshot) }
        guard let cache = SnapshotCache.fromEnvironment() else {
            return try SnapshotFile.make(from: paths, progress: TerminalProgress.shared.report).snapshot
        }
        let key = try SnapshotCache.key(for: paths)
        // A kept snapshot whose index cannot be read is made again, not reported.
        if let kept = cache.snapshot(for: key) {
            if (try? kept.lookupIndex()) != nil, (try? kept.caption(of: "", language: "nl")) != nil { return kept }
            cache.discard(key)
        }
        return try Self.make(paths, key: key, cache: cache).snapshot
    }

    /// The vocabularies in compact form: the snapshot's (given or cached), else loaded from the
    /// sources (then, with the cache on, kept as a snapshot for next time).
    func loadCompact() throws -> CompactVocabulary {
        let paths = try paths()
        if let snapshot = try Self.snapshotPath(in: paths) { return try SnapshotFile.read(snapshot).naming { try $0.vocabulary() } }
        guard let cache = SnapshotCache.fromEnvironment() else {
            return try VocabularyLoader.loadCompactVocabulary(paths: paths, progress: TerminalProgress.shared.report)
        }
        let key = try SnapshotCache.key(for: paths)
        if let kept = cache.snapshot(for: key) {
            if let vocabulary = try? kept.vocabulary() { return vocabulary }
            cache.discard(key)
        }
        return try Self.make(paths, key: key, cache: cache).snapshot.vocabulary()
    }

    /// The snapshot given, when it is the only path (a snapshot beside other sources is read
    /// as they are, into one graph).
    static func snapshotPath(in paths: [String]) throws -> String? {
        guard paths.count == 1, SnapshotFile.isSnapshot(paths[0]) else { return nil }
        return paths[0]
    }

    /// Loads the sources, makes their snapshot and keeps it in the cache, unless loading warned
    /// (a cached snapshot would hide the warnings next time).
    private static func make(_ paths: [String], key: String, cache: SnapshotCache) throws -> (snapshot: VocabularySnapshot, vocabulary: Vocabulary) {
        let warned = Mutex(false)
        let made = try SnapshotFile.make(from: paths) { progress in
            if progress.warning != nil { warned.withLock { $0 = true } }
            TerminalProgress.shared.report(progress)
        }
        if !warned.withLock({ $0 }) { cache.store(made.snapshot, for: key) }
        return made
    }
}

/// Finds the vocabularies shipped with Vaktaal.
enum ShippedVocabularies {
    /// `$VAKTAAL_VOCABULARIES`, else `Vocabularies/` in the current folder, else beside the
    /// package the executable was built in.
    static func directory() -> String? {
        if let variable = FileSystem.environment("VAKTAAL_VOCABULARIES") { return variable }
        if isDirectory("Vocabularies") { return "Vocabularies" }
        var path = CommandLine.arguments[0]
        for _ in 0..<5 {
            guard let slash = path.lastIndex(of: "/") else { break }
            path = String(path[..<slash])
            if isDirectory(path + "/Vocabularies") { return path + "/Vocabularies" }
        }
        return nil
    }

    private static func isDirectory(_ path: String) -> Bool {
        FileSystem.isDirectory(path)
    }
}

extension RDFFormat: ExpressibleByArgument {}
