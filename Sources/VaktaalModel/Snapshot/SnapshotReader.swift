/// Reads what a ``SnapshotWriter`` wrote, checking every length against the bytes left: a
/// damaged payload ends in a ``SnapshotError``, never in a read past the end.
package struct SnapshotReader {
    private let bytes: UnsafeRawBufferPointer
    /// Where the next read starts.
    package private(set) var offset = 0
    /// The section being read, for error messages.
    private var section = "header"
    /// Told of each column's bytes once they are copied out.
    private let release: (UnsafeRawBufferPointer) -> Void
    /// What keeps `bytes` valid, when columns may be used in place.
    private let owner: (any AnyObject & Sendable)?

    package init(_ bytes: UnsafeRawBufferPointer, owner: (any AnyObject & Sendable)? = nil,
                 release: @escaping (UnsafeRawBufferPointer) -> Void = { _ in }) {
        self.bytes = bytes
        self.owner = owner
        self.release = release
    }

    /// Reads a section's mark and fails unless it is this section's.
    package mutating func expect(_ section: SnapshotSection) throws(SnapshotError) {
        let start = offset
        let mark: UInt32 = try integer()
        guard mark == section.rawValue else {
            throw .malformed(section: self.section, offset: start, expected: "the start of the \(section.name) section")
        }
        self.section = section.name
    }

    /// A little-endian number.
    package mutating func integer<Number: FixedWidthInteger>() throws(SnapshotError) -> Number {
        let size = MemoryLayout<Number>.size
        try need(size, "a \(size)-byte number")
        let value = Number(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Number.self))
        offset += size
        return value
    }

    /// A number that must be below a bound (a count, or an index into something read before).
    package mutating func integer<Number: FixedWidthInteger>(below bound: Int, _ what: String) throws(SnapshotError) -> Number {
        let start = offset
        let value: Number = try integer()
        guard value >= 0, Int(value) < bound else {
            throw .malformed(section: section, offset: start, expected: "\(what) below \(bound), not \(value)")
        }
        return value
    }

    /// A flag.
    package mutating func flag() throws(SnapshotError) -> Bool {
        let value: UInt8 = try integer()
        guard value <= 1 else { throw .malformed(section: section, offset: offset - 1, expected: "a flag (0 or 1)") }
        return value == 1
    }

    /// A string.
    package mutating func string() throws(SnapshotError) -> String {
        let count = Int(try integer() as UInt32)
        try need(count, "\(count) bytes of text")
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
        offset += count
        return text
    }

    /// A string that may be missing.
    package mutating func optionalString() throws(SnapshotError) -> String? {
        try flag() ? try string() : nil
    }

    /// A list of strings.
    package mutating func strings() throws(SnapshotError) -> [String] {
        let count = Int(try integer() as UInt32)
        try need(count * 4, "\(count) strings")
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    /// A column of plain numbers, copied out in one go.
    package mutating func column<Element: BitwiseCopyable>(_ type: Element.Type = Element.self) throws(SnapshotError) -> [Element] {
        let (count, source) = try columnBytes(Element.self)
        // A megabyte at a time, each released once copied, so that the file's pages and the
        // copy are not both resident for a large column.
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            let target = UnsafeMutableRawBufferPointer(buffer)
            var start = 0
            while start < source.count {
                let end = min(source.count, start + (1 << 20))
                let piece = UnsafeRawBufferPointer(rebasing: source[start..<end])
                UnsafeMutableRawBufferPointer(rebasing: target[start..<end]).copyMemory(from: piece)
                release(piece)
                start = end
            }
            initialized = count
        }
    }

    /// A column used where it lies (no copy) when the bytes have an owner and the column is
    /// aligned for its elements; else a copy. The caller checks the values before use.
    mutating func mappedColumn<Element: BitwiseCopyable>(_ type: Element.Type = Element.self) throws(SnapshotError) -> Column<Element> {
        guard let owner else { return Column(try column(Element.self)) }
        let start = offset
        let (count, source) = try columnBytes(Element.self)
        guard let base = source.baseAddress ?? bytes.baseAddress, Int(bitPattern: base) % MemoryLayout<Element>.alignment == 0 else {
            offset = start
            return Column(try column(Element.self))
        }
        return Column(viewing: UnsafeBufferPointer(start: base.bindMemory(to: Element.self, capacity: count), count: count), owner: owner)
    }

    /// A column's element count and bytes (after its count and the padding to eight bytes),
    /// checked to lie inside the payload; moves past them.
    private mutating func columnBytes<Element>(_ type: Element.Type) throws(SnapshotError) -> (count: Int, bytes: UnsafeRawBufferPointer) {
        guard let count = Int(exactly: try integer() as UInt64) else { throw malformed("a column of reasonable length") }
        while offset % 8 != 0 {
            try need(1, "padding")
            offset += 1
        }
        let (size, overflow) = count.multipliedReportingOverflow(by: MemoryLayout<Element>.stride)
        guard !overflow else { throw malformed("a column of reasonable length") }
        try need(size, "a column of \(count) elements")
        defer { offset += size }
        return (count, UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + size]))
    }

    /// The bytes not read yet.
    package var remaining: Int { bytes.count - offset }

    /// Fails with "expected …" at the current place.
    package func malformed(_ expected: String) -> SnapshotError {
        .malformed(section: section, offset: offset, expected: expected)
    }

    private func need(_ count: Int, _ what: String) throws(SnapshotError) {
        guard count >= 0, count <= bytes.count - offset else {
            throw .malformed(section: section, offset: offset, expected: "\(what), but the payload ends")
        }
    }
}
