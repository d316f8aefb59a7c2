/// A read-only array of plain values that is either owned (copied in when an index is built) or
/// a view of a snapshot file's bytes, mapped into memory and kept mapped by `owner`: an index
/// read from a snapshot uses the file's pages as they are, without copying them.
struct Column<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    /// What keeps `buffer` valid: the allocation, or the mapped file.
    private let owner: (any AnyObject & Sendable)?
    private let buffer: UnsafeBufferPointer<Element>

    /// An empty column.
    init() {
        owner = nil
        buffer = UnsafeBufferPointer(start: nil, count: 0)
    }

    /// A column holding a copy of an array.
    init(_ array: [Element]) {
        let storage = ColumnStorage<Element>(array)
        owner = storage
        buffer = UnsafeBufferPointer(storage.buffer)
    }

    /// A column viewing memory that `owner` keeps valid, and whose values the caller has checked.
    init(viewing buffer: UnsafeBufferPointer<Element>, owner: any AnyObject & Sendable) {
        self.owner = owner
        self.buffer = buffer
    }

    var startIndex: Int { 0 }
    var endIndex: Int { buffer.count }

    @inline(__always)
    subscript(position: Int) -> Element { buffer[position] }

    /// Calls `body` with the values' memory.
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result {
        try body(buffer)
    }

    /// Calls `body` with the values' bytes.
    func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(buffer))
    }
}

/// Memory holding a column's values, freed with the column's last copy.
private final class ColumnStorage<Element: BitwiseCopyable>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>

    init(_ array: [Element]) {
        buffer = .allocate(capacity: array.count)
        _ = buffer.initialize(from: array)
    }

    deinit { buffer.deallocate() }
}
