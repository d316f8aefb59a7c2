#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered output: standard output, a device such as `/dev/null`, or a regular file written
/// atomically (to a temporary file beside the target, renamed over it only by ``commit()``, so a
/// failed export leaves the old file in place; the temporary file is removed on errors and on
/// SIGINT, SIGTERM and SIGHUP).
///
/// - Important: The first file opened installs, for the whole process, handlers for SIGINT,
///   SIGTERM and SIGHUP that remove unfinished temporary files and then end the process by the
///   signal. A long-running program with its own shutdown handling (a server) should not write
///   through `OutputFile`.
public final class OutputFile {
    /// The target path, or `-` for standard output.
    public let path: String
    private let temporaryPath: String?
    /// The file written: `path`, or where its symbolic links lead.
    private let targetPath: String
    private var cleanupSlot: Int?
    @exclusivity(unchecked) private var descriptor: Int32
    @exclusivity(unchecked) private var buffer: [UInt8] = []
    @exclusivity(unchecked) private var finished = false

    /// Opens standard output.
    public init() {
        path = "-"
        temporaryPath = nil
        targetPath = "-"
        descriptor = STDOUT_FILENO
        buffer.reserveCapacity(1 << 16)
    }

    /// Opens `path` for writing: atomically when it is (or will be) a regular file. A symbolic
    /// link is written through: the file it leads to is replaced, the link stays. A replaced file
    /// keeps its permissions (and its owner and group, where the user may set them).
    /// - Throws: ``FileError/unwritable(path:reason:)``.
    public init(path: String) throws {
        self.path = path
        let target = Self.resolvingLinks(path)
        var status = stat()
        let exists = stat(target, &status) == 0
        let isSpecial = exists && (status.st_mode & S_IFMT) != S_IFREG
        temporaryPath = isSpecial ? nil : target + ".\(getpid()).tmp"
        targetPath = target
        // Registered before it exists, so that a signal between creating and registering cannot
        // leave it behind (removing a file not yet made is harmless).
        cleanupSlot = temporaryPath.flatMap { TemporaryFileCleanup.register($0) }
        descriptor = open(temporaryPath ?? target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            if let cleanupSlot { TemporaryFileCleanup.unregister(cleanupSlot) }
            throw FileError.unwritable(path: path, reason: reason)
        }
        if temporaryPath != nil {
            if exists {
                _ = fchown(descriptor, status.st_uid, status.st_gid)
                _ = fchmod(descriptor, status.st_mode & 0o7777)
            }
        }
        buffer.reserveCapacity(1 << 20)
    }

    /// The file a path leads to through symbolic links (a link may lead to a file not yet made).
    static func resolvingLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK else { return current }
            var destination = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &destination, Int(PATH_MAX))
            guard length > 0 else { return current }
            let link = String(decoding: destination[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if link.hasPrefix("/") {
                current = link
            } else if let slash = current.lastIndex(of: "/") {
                current = String(current[...slash]) + link
            } else {
                current = link
            }
        }
        return current
    }

    deinit {
        guard !finished, let temporaryPath else { return }
        close(descriptor)
        unlink(temporaryPath)
        if let cleanupSlot { TemporaryFileCleanup.unregister(cleanupSlot) }
    }

    /// Appends bytes. A large block goes straight to the descriptor instead of through the buffer.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        if bytes.count >= 1 << 16 {
            try flush()
            return try writeAll(bytes)
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Appends a string as UTF-8.
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Writes out what is buffered and, for a regular file, renames it into place.
    public func commit() throws {
        try flush()
        finished = true
        guard let temporaryPath else { return }
        defer { if let cleanupSlot { TemporaryFileCleanup.unregister(cleanupSlot) } }
        guard close(descriptor) == 0, rename(temporaryPath, targetPath) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw FileError.unwritable(path: path, reason: reason)
        }
    }

    /// Writes out what is buffered.
    func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        if let failure = SystemIO.writeAll(descriptor, bytes) {
            throw FileError.unwritable(path: path, reason: String(cString: strerror(failure)))
        }
    }
}
