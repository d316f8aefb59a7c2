/// One record (row) of a CSV file as borrowed UTF-8 bytes: each field a view into the input (or,
/// for a quoted field with doubled quotes, into the reader's buffer of undoubled text), checked
/// to be UTF-8, without a `String` made. Valid only inside the callback of
/// ``CSVReader/forEachByteRecord(_:)``.
package struct CSVByteRecord {
    /// The fields, without the quotes of quoted fields and with `""` undoubled.
    package internal(set) var fields: [UnsafeBufferPointer<UInt8>] = []
    /// The line the record starts on, counted from 1.
    package internal(set) var line: Int = 0
    /// The byte offset where the record starts.
    package internal(set) var offset: Int = 0
    /// The byte offset where each field starts (at its opening quote, for a quoted field).
    package internal(set) var fieldOffsets: [Int] = []

    /// The number of fields.
    package var count: Int { fields.count }

    /// The field at `index`, or no bytes past the end (for rows that leave out trailing empty
    /// fields).
    @inline(__always)
    package subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        index < fields.count ? fields[index] : UnsafeBufferPointer(start: nil, count: 0)
    }

    /// The field at `index` as a new string (empty past the end).
    package func string(_ index: Int) -> String {
        String(decoding: self[index], as: UTF8.self)
    }

    /// The record with its fields as strings, to keep.
    package var decoded: CSVRecord {
        CSVRecord(fields: fields.map { String(decoding: $0, as: UTF8.self) }, line: line, offset: offset, fieldOffsets: fieldOffsets)
    }

    mutating func reset(line: Int, offset: Int) {
        fields.removeAll(keepingCapacity: true)
        fieldOffsets.removeAll(keepingCapacity: true)
        self.line = line
        self.offset = offset
    }
}
