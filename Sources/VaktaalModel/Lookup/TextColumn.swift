/// Strings kept end to end in one buffer with their bounds: no String object until one is asked
/// for, and two plain columns in a snapshot.
struct TextColumn: Sendable {
    /// The UTF-8 of every string, back to back.
    let bytes: Column<UInt8>
    /// Where each string starts in `bytes`; one more than there are strings.
    let starts: Column<Int>

    /// The strings of a list.
    init(_ strings: [String]) {
        var bytes: [UInt8] = []
        var starts = [0]
        starts.reserveCapacity(strings.count + 1)
        for var string in strings {
            string.withUTF8 { bytes.append(contentsOf: $0) }
            starts.append(bytes.count)
        }
        self.bytes = Column(bytes)
        self.starts = Column(starts)
    }

    /// Strings read back from a snapshot, whose bounds the caller has checked (ascending, from 0
    /// to the end of `bytes`).
    init(bytes: Column<UInt8>, starts: Column<Int>) {
        self.bytes = bytes
        self.starts = starts
    }

    /// The number of strings.
    var count: Int { starts.count - 1 }

    /// A string.
    subscript(index: Int) -> String {
        String(decoding: bytes[starts[index]..<starts[index + 1]], as: UTF8.self)
    }

    /// Whether a string is exactly these bytes.
    func equals(_ index: Int, _ other: UnsafeRawBufferPointer) -> Bool {
        bytes.withUnsafeBytes { RawBytes.equal(UnsafeRawBufferPointer(rebasing: $0[starts[index]..<starts[index + 1]]), other) }
    }

    /// Whether string `a` orders before string `b` by their bytes.
    func precedes(_ a: Int, _ b: Int) -> Bool {
        bytes[starts[a]..<starts[a + 1]].lexicographicallyPrecedes(bytes[starts[b]..<starts[b + 1]])
    }

    /// Whether the bounds are consistent: ascending, from 0 to the end of the bytes.
    var isConsistent: Bool {
        starts.first == 0 && starts.last == bytes.count && zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 }
    }
}

extension SnapshotWriter {
    /// A text column: its bytes, then its bounds.
    mutating func texts(_ column: TextColumn) {
        self.column(column.bytes)
        self.column(column.starts)
    }
}

extension SnapshotReader {
    /// A text column, its bounds checked.
    mutating func texts() throws(SnapshotError) -> TextColumn {
        let column = TextColumn(bytes: try mappedColumn(), starts: try mappedColumn())
        guard column.isConsistent else { throw malformed("text bounds in order, within the text") }
        return column
    }
}
