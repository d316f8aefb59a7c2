#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The two system calls every file and terminal access goes through, named the same on Linux and
/// macOS (the C library's module differs: Glibc, Musl or Darwin), and the one loop that writes
/// every byte.
package enum SystemIO {
    /// `read(2)`: the bytes read, 0 at the end, -1 on error (`errno` set).
    package static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        systemRead(descriptor, buffer.baseAddress, buffer.count)
    }

    /// Writes every byte, retrying after interruptions; the `errno` of the failure otherwise.
    package static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return written < 0 ? errno : EIO }
            offset += written
        }
        return nil
    }

    /// Writes a text's UTF-8 bytes; errors are ignored (for the terminal, where there is no one
    /// left to tell).
    package static func write(_ text: String, to descriptor: Int32) {
        var text = text
        _ = text.withUTF8 { writeAll(descriptor, UnsafeRawBufferPointer($0)) }
    }
}

/// The C library's `read` and `write`, under names the static methods above do not shadow.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
