#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file mapped read-only into memory, unmapped when the object goes. Pages are read from
/// the file as they are touched, and ``release(_:)`` lets the system drop pages already read.
package final class MappedFile: @unchecked Sendable {
    /// The file's bytes.
    package let bytes: UnsafeRawBufferPointer
    private let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Maps a file.
    /// - Throws: ``FileError/unreadable(path:reason:)``.
    package init(path: String) throws(FileError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: FileSystem.lastError()) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, reason: FileSystem.lastError()) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw .unreadable(path: path, reason: "not a regular file") }
        let size = Int(status.st_size)
        guard size > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED else {
            throw .unreadable(path: path, reason: FileSystem.lastError())
        }
        bytes = UnsafeRawBufferPointer(start: mapped, count: size)
    }

    /// Lets the system drop the whole pages inside a range of ``bytes`` from memory; they are
    /// read from the file again if touched.
    package func release(_ range: UnsafeRawBufferPointer) {
        guard let base = range.baseAddress, range.count >= pageSize else { return }
        let address = Int(bitPattern: base)
        let start = (address + pageSize - 1) / pageSize * pageSize
        let end = (address + range.count) / pageSize * pageSize
        guard end > start else { return }
        _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_DONTNEED)
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}
