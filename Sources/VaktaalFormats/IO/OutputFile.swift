#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered output: standard output, a device such as `/dev/null`, or a regular file written
/// atomically (to a temporary file beside the target, renamed over it only by ``commit()``, so a
/// failed export leaves the old file in place).
public final class OutputFile {
    /// The target path, or `-` for standard output.
    public let path: String
    private let temporaryPath: String?
    @exclusivity(unchecked) private var descriptor: Int32
    @exclusivity(unchecked) private var buffer: [UInt8] = []
    @exclusivity(unchecked) private var finished = false

    /// Opens standard output.
    public init() {
        path = "-"
        temporaryPath = nil
        descriptor = STDOUT_FILENO
        buffer.reserveCapacity(1 << 16)
    }

    /// Opens `path` for writing: atomically when it is (or will be) a regular file.
    /// - Throws: ``FileError/unwritable(path:reason:)``.
    public init(path: String) throws {
        self.path = path
        var status = stat()
        let isSpecial = stat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG
        temporaryPath = isSpecial ? nil : path + ".\(getpid()).tmp"
        descriptor = open(temporaryPath ?? path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw FileError.unwritable(path: path, reason: String(cString: strerror(errno)))
        }
        buffer.reserveCapacity(1 << 20)
    }

    deinit {
        guard !finished, let temporaryPath else { return }
        close(descriptor)
        unlink(temporaryPath)
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
        guard close(descriptor) == 0, rename(temporaryPath, path) == 0 else {
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
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                throw FileError.unwritable(path: path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}
