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
    func load() throws -> Vocabulary {
        let paths = try paths()
        switch try source(paths, usable: { (try? $0.vocabulary()) != nil }) {
        case .snapshot(let snapshot): return Vocabulary(try snapshot.naming { try $0.vocabulary() })
        case .sourcesKept(let cache, let key): return try Self.make(paths, key: key, cache: cache).vocabulary
        case .sources: return try VocabularyLoader.loadVocabulary(paths: paths, progress: TerminalProgress.shared.report)
        }
    }

    /// The vocabularies as a snapshot (the lookup index included): the snapshot given, the
    /// cache's, or one made from the sources (then kept in the cache).
    func loadSnapshot() throws -> VocabularySnapshot {
        let paths = try paths()
        let usable = { (kept: VocabularySnapshot) in (try? kept.lookupIndex()) != nil && (try? kept.caption(of: "", language: "nl")) != nil }
        switch try source(paths, usable: usable) {
        case .snapshot(let snapshot): return snapshot
        case .sourcesKept(let cache, let key): return try Self.make(paths, key: key, cache: cache).snapshot
        case .sources: return try SnapshotFile.make(from: paths, progress: TerminalProgress.shared.report).snapshot
        }
    }

    /// The vocabularies in compact form: the snapshot's (given or cached), else loaded from the
    /// sources (then, with the cache on, kept as a snapshot for next time).
    func loadCompact() throws -> CompactVocabulary {
        let paths = try paths()
        switch try source(paths, usable: { (try? $0.vocabulary()) != nil }) {
        case .snapshot(let snapshot): return try snapshot.naming { try $0.vocabulary() }
        case .sourcesKept(let cache, let key): return try Self.make(paths, key: key, cache: cache).snapshot.vocabulary()
        case .sources: return try VocabularyLoader.loadCompactVocabulary(paths: paths, progress: TerminalProgress.shared.report)
        }
    }

    /// Where the vocabularies are read from.
    private enum Source {
        /// The snapshot given, or the cache's (checked `usable` for what the command reads).
        case snapshot(VocabularySnapshot)
        /// The sources, whose snapshot is then kept in the cache under the key.
        case sourcesKept(SnapshotCache, key: String)
        /// The sources, with the cache off.
        case sources
    }

    /// Where to read `paths` from. A kept snapshot that is not `usable` (its sections cannot be
    /// read) is removed, to be made again, not reported.
    private func source(_ paths: [String], usable: (VocabularySnapshot) -> Bool) throws -> Source {
        if let snapshot = try Self.snapshotPath(in: paths) { return .snapshot(try SnapshotFile.read(snapshot)) }
        guard let cache = SnapshotCache.fromEnvironment() else { return .sources }
        let key = try SnapshotCache.key(for: paths)
        if let kept = cache.snapshot(for: key) {
            if usable(kept) { return .snapshot(kept) }
            cache.discard(key)
        }
        return .sourcesKept(cache, key: key)
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
