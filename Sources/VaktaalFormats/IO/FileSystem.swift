#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place Vaktaal asks the file system about paths, lists folders and removes files
/// (reading goes through ``InputFile`` and ``ChunkedFile``, writing through ``OutputFile``).
package enum FileSystem {
    /// What a path is, following links.
    package struct Status: Sendable {
        /// Whether it is a directory.
        package let isDirectory: Bool
        /// Whether it is a regular file.
        package let isRegularFile: Bool
        /// Its size in bytes.
        package let size: Int
        /// The file system's own identity of what the path leads to (device and inode): equal for
        /// two paths to one folder, whatever links lead there.
        package let identity: Identity
        /// When its content last changed, in nanoseconds since 1970.
        package let modified: Int
    }

    /// A file or folder as the file system knows it, whatever path leads there.
    package struct Identity: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64
    }

    /// What a path is (following links), or nil when it does not exist or cannot be reached.
    package static func status(_ path: String) -> Status? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        let type = status.st_mode & S_IFMT
        return Status(isDirectory: type == S_IFDIR, isRegularFile: type == S_IFREG, size: Int(status.st_size),
                      identity: Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino)),
                      modified: modificationTime(status))
    }

    private static func modificationTime(_ status: stat) -> Int {
        #if canImport(Darwin)
        Int(status.st_mtimespec.tv_sec) &* 1_000_000_000 &+ Int(status.st_mtimespec.tv_nsec)
        #else
        Int(status.st_mtim.tv_sec) &* 1_000_000_000 &+ Int(status.st_mtim.tv_nsec)
        #endif
    }

    /// Whether `path` is a directory (following links).
    package static func isDirectory(_ path: String) -> Bool {
        status(path)?.isDirectory ?? false
    }

    /// The names in a folder, sorted, without `.` and `..` (hidden names included: callers decide).
    /// - Throws: ``FileError/unreadable(path:reason:)`` when the folder cannot be listed.
    package static func names(in folder: String) throws(FileError) -> [String] {
        guard let handle = opendir(folder) else { throw .unreadable(path: folder, reason: lastError()) }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// A path inside a folder.
    package static func path(_ name: String, in folder: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Makes a folder (mode 0755) and, when needed, the folders above it; nothing when it exists.
    /// - Throws: ``FileError/unwritable(path:reason:)`` when it cannot be made or a file of that
    ///   name is in the way.
    package static func makeFolder(_ path: String) throws(FileError) {
        if let existing = status(path) {
            guard existing.isDirectory else { throw .unwritable(path: path, reason: "not a directory") }
            return
        }
        let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        if !parent.isEmpty { try makeFolder(parent) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw .unwritable(path: path, reason: lastError()) }
    }

    /// Removes a file.
    /// - Throws: ``FileError/unwritable(path:reason:)`` when it cannot be removed.
    package static func removeFile(_ path: String) throws(FileError) {
        guard unlink(path) == 0 else { throw .unwritable(path: path, reason: lastError()) }
    }

    /// The current working directory, when it can be told.
    package static func currentDirectory() -> String? {
        guard let cwd = getcwd(nil, 0) else { return nil }
        defer { free(cwd) }
        return String(cString: cwd)
    }

    /// The value of an environment variable, when set.
    package static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The text of the last system error.
    package static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
