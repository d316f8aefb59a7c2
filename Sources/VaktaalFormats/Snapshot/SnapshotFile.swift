#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
public import VaktaalModel

/// Reads and writes ``VocabularySnapshot`` files (`.vaktaal`), and makes snapshots of sources.
public enum SnapshotFile {
    /// The extension snapshot files are named with.
    public static let fileExtension = "vaktaal"

    /// Whether a path names a snapshot: by its extension, or by the header of an existing file.
    public static func isSnapshot(_ path: String) -> Bool {
        if path.hasSuffix("." + fileExtension) { return true }
        guard let status = FileSystem.status(path), status.isRegularFile, status.size >= VocabularySnapshot.magic.count else { return false }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var start = [UInt8](repeating: 0, count: VocabularySnapshot.magic.count)
        let count = start.withUnsafeMutableBytes { SystemIO.read(descriptor, into: $0) }
        return count == start.count && start == VocabularySnapshot.magic
    }

    /// Reads a snapshot file.
    /// - Throws: ``FileError`` when it cannot be read, ``SnapshotFileError`` when its bytes are
    ///   not a snapshot this release can use (another file, another layout version, cut off,
    ///   damaged).
    /// - Parameter checkingAll: Whether to check every section's checksum now rather than each
    ///   section's when it is first read (then a damaged section fails the first read of it;
    ///   ``VocabularySnapshot/naming(_:)`` names the file in that error).
    public static func read(_ path: String, checkingAll: Bool = false) throws -> VocabularySnapshot {
        let file = try MappedFile(path: path)
        let storage = SnapshotStorage(bytes: file.bytes, owner: file, file: path, release: { [file] in file.release($0) })
        do throws(SnapshotError) {
            let snapshot = try VocabularySnapshot(storage)
            if checkingAll { try snapshot.checkAll() }
            return snapshot
        } catch {
            throw SnapshotFileError(path: path, reason: error)
        }
    }

    /// Writes a snapshot atomically: the file appears whole or not at all, and a file it replaces
    /// keeps its permissions.
    /// - Throws: ``FileError/unwritable(path:reason:)``.
    public static func write(_ snapshot: VocabularySnapshot, to path: String) throws {
        let output = try OutputFile(path: path)
        try snapshot.write { bytes in try output.write(bytes) }
        try output.commit()
    }

    /// Loads sources and makes a snapshot of them.
    /// - Parameters:
    ///   - paths: Vocabulary files and folders, as for ``VocabularyLoader/loadVocabulary(paths:format:progress:)``.
    ///   - progress: Called before each file is read, and with each warning.
    /// - Returns: The snapshot and the full model it was made from (which the caller may use
    ///   at once instead of reading it back).
    public static func make(from paths: [String], progress: ((LoadProgress) -> Void)? = nil) throws
        -> (snapshot: VocabularySnapshot, vocabulary: Vocabulary) {
        let compact = try VocabularyLoader.loadCompactVocabulary(paths: paths, progress: progress)
        let vocabulary = Vocabulary(compact)
        let snapshot = VocabularySnapshot(vocabulary: compact, lookupIndex: LookupIndex(vocabulary), sources: paths)
        return (snapshot, vocabulary)
    }
}
