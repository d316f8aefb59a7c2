#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
package import VaktaalModel

/// Snapshots of sources kept between runs, so that a second run with the same vocabularies
/// reads a snapshot instead of parsing: in `$XDG_CACHE_HOME/vaktaal` (else `~/.cache/vaktaal`),
/// one file per set of sources, named by a hash of the sources' paths and content (and of
/// Vaktaal's version and the snapshot layout). A changed source changes the name, so a stale
/// snapshot is never used; one that is damaged is removed and made again. Only the most recent
/// ``keptSnapshots`` are kept. `VAKTAAL_CACHE=off` turns the cache off.
package struct SnapshotCache: Sendable {
    /// The folder the snapshots are kept in.
    package let folder: String
    /// How many snapshots are kept; older ones are removed when a new one is written.
    package static let keptSnapshots = 4

    package init(folder: String) {
        self.folder = folder
    }

    /// The cache the environment asks for, or nil when it is turned off or there is no home.
    package static func fromEnvironment() -> SnapshotCache? {
        if let setting = FileSystem.environment("VAKTAAL_CACHE"), ["off", "0", "no", "false"].contains(setting.lowercased()) {
            return nil
        }
        if let base = FileSystem.environment("XDG_CACHE_HOME"), base.hasPrefix("/") {
            return SnapshotCache(folder: FileSystem.path("vaktaal", in: base))
        }
        guard let home = FileSystem.environment("HOME"), !home.isEmpty else { return nil }
        return SnapshotCache(folder: FileSystem.path(".cache/vaktaal", in: home))
    }

    /// The name a set of sources is kept under: a hash of each file's absolute path and bytes
    /// (every file below a folder), in order, with the layout version and Vaktaal's version.
    /// - Throws: ``FileError`` when a source cannot be read.
    package static func key(for paths: [String]) throws -> String {
        var combined: [UInt64] = [UInt64(VocabularySnapshot.formatVersion)]
        var text = Vaktaal.version
        combined.append(text.withUTF8 { RawBytes.hash(UnsafeRawBufferPointer($0), seed: 1) })
        for path in paths {
            var visited: Set<FileSystem.Identity> = []
            for file in try filesBelow(path, visited: &visited) {
                text = VocabularyLoader.fileIRI(file)
                combined.append(text.withUTF8 { RawBytes.hash(UnsafeRawBufferPointer($0), seed: 2) })
                combined.append(try contentHash(file))
            }
        }
        let bytes = combined.withUnsafeBytes { $0 }
        let first = RawBytes.hash(bytes, seed: 4), second = RawBytes.hash(bytes, seed: 5)
        return hex(first) + hex(second)
    }

    /// The path of the snapshot kept under a key.
    package func path(for key: String) -> String {
        FileSystem.path(key + "." + SnapshotFile.fileExtension, in: folder)
    }

    /// The snapshot kept under a key; nil when there is none, or when it cannot be used (then it
    /// is removed, to be made again).
    package func snapshot(for key: String) -> VocabularySnapshot? {
        let path = path(for: key)
        guard FileSystem.status(path)?.isRegularFile == true else { return nil }
        do {
            return try SnapshotFile.read(path, checkingAll: true)
        } catch {
            try? FileSystem.removeFile(path)
            return nil
        }
    }

    /// Removes the snapshot kept under a key (one found unreadable), to be made again.
    package func discard(_ key: String) {
        try? FileSystem.removeFile(path(for: key))
    }

    /// Keeps a snapshot under a key (atomically), and removes the oldest beyond
    /// ``keptSnapshots``. A cache that cannot be written is skipped: it only saves time.
    package func store(_ snapshot: VocabularySnapshot, for key: String) {
        do {
            try FileSystem.makeFolder(folder)
            try SnapshotFile.write(snapshot, to: path(for: key))
            try prune(keeping: path(for: key))
        } catch {}
    }

    /// Removes all but the most recently written snapshots.
    private func prune(keeping current: String) throws {
        let kept = try FileSystem.names(in: folder)
            .filter { $0.hasSuffix("." + SnapshotFile.fileExtension) }
            .map { FileSystem.path($0, in: folder) }
            .compactMap { path in FileSystem.status(path).map { (path, $0.modified) } }
            .sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 == current) }
        for (path, _) in kept.dropFirst(Self.keptSnapshots) where path != current { try? FileSystem.removeFile(path) }
    }

    /// A file, or the regular files below a folder in name order (following no folder twice).
    private static func filesBelow(_ path: String, visited: inout Set<FileSystem.Identity>) throws(FileError) -> [String] {
        guard let status = FileSystem.status(path) else { throw .unreadable(path: path, reason: "no such file or folder") }
        guard status.isDirectory else { return [path] }
        guard visited.insert(status.identity).inserted else { return [] }
        var files: [String] = []
        for name in try FileSystem.names(in: path) where !name.hasPrefix(".") {
            files += try filesBelow(FileSystem.path(name, in: path), visited: &visited)
        }
        return files
    }

    /// A hash of a file's bytes, read a megabyte at a time (a large file is never held whole).
    private static func contentHash(_ path: String) throws(FileError) -> UInt64 {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: FileSystem.lastError()) }
        defer { close(descriptor) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var hashes: [UInt64] = []
        var filled = 0, ended = false
        while !ended {
            // Whole chunks, whatever sizes the reads return, so that the hash depends on the bytes only.
            let count = chunk.withUnsafeMutableBytes { SystemIO.read(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: FileSystem.lastError())
            }
            filled += count
            ended = count == 0
            guard filled == chunk.count || (ended && filled > 0) else { continue }
            hashes.append(chunk.withUnsafeBytes { RawBytes.hash(UnsafeRawBufferPointer(rebasing: $0[..<filled]), seed: 3) })
            filled = 0
        }
        return hashes.withUnsafeBytes { RawBytes.hash($0, seed: 3) }
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
