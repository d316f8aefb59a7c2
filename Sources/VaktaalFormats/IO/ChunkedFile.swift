#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file in fixed-size chunks, for streaming parsers.
final class ChunkedFile {
    private let descriptor: Int32
    private let path: String
    @exclusivity(unchecked) private var buffer: [UInt8]

    init(path: String, chunkSize: Int = 1 << 20) throws {
        self.path = path
        descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw FileError.unreadable(path: path, reason: "is a directory")
        }
        buffer = [UInt8](repeating: 0, count: chunkSize)
    }

    deinit { if descriptor != STDIN_FILENO { close(descriptor) } }

    /// The next chunk, or nil at the end of the file.
    func next() throws -> ArraySlice<UInt8>? {
        while true {
            let count = buffer.withUnsafeMutableBytes { SystemIO.read(descriptor, into: $0) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            return count == 0 ? nil : buffer[0..<count]
        }
    }
}
