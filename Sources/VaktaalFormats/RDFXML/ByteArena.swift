#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where some bytes sit in a ``ByteArena``.
struct ByteRange: Equatable {
    var start: Int
    var count: Int

    /// No bytes: also stands for "absent" where a value may be missing (a language, a datatype).
    static let empty = ByteRange(start: 0, count: 0)

    var isEmpty: Bool { count == 0 }
}

/// Growable byte storage used as a stack: values are appended and addressed by range, and a whole
/// region is freed by truncating to a mark. The RDF/XML grammar keeps every term of the open
/// elements here, so that the hot path makes no Swift strings and no reference counting.
final class ByteArena {
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    /// The number of bytes in use; also the mark for ``truncate(to:)``.
    @exclusivity(unchecked) private(set) var count = 0

    init(capacity: Int = 1 << 14) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    private func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        var grown = capacity * 2
        while grown < count + extra { grown *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.update(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = grown
    }

    /// Appends bytes and returns where they are.
    @discardableResult
    func append(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteRange {
        if let source = bytes.baseAddress, source >= UnsafePointer(base), source < UnsafePointer(base + capacity) {
            return appendCopy(of: ByteRange(start: source - UnsafePointer(base), count: bytes.count))
        }
        reserve(bytes.count)
        if let source = bytes.baseAddress { (base + count).update(from: source, count: bytes.count) }
        defer { count += bytes.count }
        return ByteRange(start: count, count: bytes.count)
    }

    /// Appends the UTF-8 of a string.
    @discardableResult
    func append(_ text: String) -> ByteRange {
        var text = text
        return text.withUTF8 { append($0) }
    }

    /// Appends bytes from an array.
    @discardableResult
    func append(_ bytes: [UInt8]) -> ByteRange {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends a copy of bytes already in this arena.
    @discardableResult
    func appendCopy(of range: ByteRange) -> ByteRange {
        reserve(range.count)
        (base + count).update(from: base + range.start, count: range.count)
        defer { count += range.count }
        return ByteRange(start: count, count: range.count)
    }

    /// Appends one byte to the end (extending the last value, when building one in pieces).
    func appendByte(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// The range from `mark` to the end: a value built in pieces since `mark`.
    func range(since mark: Int) -> ByteRange { ByteRange(start: mark, count: count - mark) }

    /// Frees everything after `mark`.
    func truncate(to mark: Int) { count = mark }

    /// The bytes of a range; valid until the next append.
    func view(_ range: ByteRange) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + range.start, count: range.count)
    }

    /// All bytes in use; valid until the next append.
    var all: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// The bytes of a range as a string (for messages and the rare slow paths).
    func string(_ range: ByteRange) -> String { String(decoding: view(range), as: UTF8.self) }

    /// Whether two ranges hold the same bytes.
    func equal(_ range: ByteRange, _ other: ByteRange) -> Bool {
        range.count == other.count && memcmp(base + range.start, base + other.start, range.count) == 0
    }
}
