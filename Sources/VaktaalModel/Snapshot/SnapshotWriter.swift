/// Writes the payload of a snapshot: little-endian numbers, length-prefixed strings, and columns
/// (arrays of plain numbers) stored as they lie in memory, aligned to eight bytes so that they
/// can be read back by one copy.
package struct SnapshotWriter {
    /// The bytes written so far.
    package private(set) var bytes: [UInt8] = []
    /// The sections begun, and where each starts in `bytes` (at a multiple of eight).
    package private(set) var sections: [(section: SnapshotSection, start: Int)] = []

    package init() {}

    /// A writer with room for this many bytes before it grows.
    package init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Begins a section, starting with its mark, so that a reader can tell where it is.
    package mutating func section(_ section: SnapshotSection) {
        while bytes.count % 8 != 0 { bytes.append(0) }
        sections.append((section, bytes.count))
        integer(section.rawValue)
    }

    /// Each section's bytes.
    package var sectionRanges: [(section: SnapshotSection, range: Range<Int>)] {
        sections.indices.map { index in
            let end = index + 1 < sections.count ? sections[index + 1].start : bytes.count
            return (sections[index].section, sections[index].start..<end)
        }
    }

    /// A number, little-endian.
    package mutating func integer<Number: FixedWidthInteger>(_ value: Number) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// A flag, as one byte.
    package mutating func flag(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    /// A string: its UTF-8 length, then its bytes.
    package mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { text in
            integer(UInt32(text.count))
            bytes.append(contentsOf: text)
        }
    }

    /// A string that may be missing.
    package mutating func optionalString(_ value: String?) {
        flag(value != nil)
        if let value { string(value) }
    }

    /// A list of strings.
    package mutating func strings(_ values: [String]) {
        integer(UInt32(values.count))
        for value in values { string(value) }
    }

    /// A column of an index, as ``column(_:)-([Element])`` writes an array.
    mutating func column<Element: BitwiseCopyable>(_ values: Column<Element>) {
        values.withUnsafeBytes { columnBytes(count: values.count, $0) }
    }

    /// An array of plain numbers, as it lies in memory (the header records byte order and word
    /// size): its count, padding to eight bytes, the elements.
    package mutating func column<Element: BitwiseCopyable>(_ values: [Element]) {
        values.withUnsafeBytes { columnBytes(count: values.count, $0) }
    }

    /// A column's count, padding to eight bytes, and its elements' bytes.
    private mutating func columnBytes(count: Int, _ elements: UnsafeRawBufferPointer) {
        integer(UInt64(count))
        while bytes.count % 8 != 0 { bytes.append(0) }
        bytes.append(contentsOf: elements)
    }
}
