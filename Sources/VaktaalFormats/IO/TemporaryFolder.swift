#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A private folder (mode 0700) under `$TMPDIR` or `/tmp`, for files that a reader needs by path,
/// removed with what it holds. Writing into it installs no signal handler (unlike ``OutputFile``),
/// so a server may use it.
package final class TemporaryFolder {
    /// The folder's path.
    package let path: String
    private var files: [String] = []

    /// Makes a new folder whose name starts with `prefix`.
    /// - Throws: ``FileError/unwritable(path:reason:)`` when it cannot be made.
    package init(prefix: String) throws(FileError) {
        let base = FileSystem.environment("TMPDIR").flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array(FileSystem.path(prefix + "-XXXXXX", in: base).utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw .unwritable(path: base, reason: FileSystem.lastError())
        }
        path = String(cString: made)
    }

    /// Writes `bytes` to a new file (mode 0600) named `name` in the folder.
    /// - Returns: The file's path.
    /// - Throws: ``FileError/unwritable(path:reason:)`` when the file exists or cannot be written.
    package func write(_ bytes: [UInt8], name: String) throws(FileError) -> String {
        let file = FileSystem.path(name, in: path)
        let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .unwritable(path: file, reason: FileSystem.lastError()) }
        files.append(file)
        let failure = bytes.withUnsafeBytes { SystemIO.writeAll(descriptor, $0) }
        close(descriptor)
        if let failure { throw .unwritable(path: file, reason: String(cString: strerror(failure))) }
        return file
    }

    /// Removes the files written and the folder.
    package func remove() {
        for file in files { unlink(file) }
        files.removeAll()
        rmdir(path)
    }

    deinit { remove() }
}
