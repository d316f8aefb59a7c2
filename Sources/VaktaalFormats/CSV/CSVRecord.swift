/// One record (row) of a CSV file: its fields, decoded, and where it starts.
///
/// Records handed to ``CSVReader/forEachRecord(_:)`` reuse their storage: copy ``fields`` if you
/// keep them past the callback.
package struct CSVRecord: Sendable {
    /// The fields, decoded from UTF-8, with the quotes of quoted fields removed and `""` undoubled.
    package internal(set) var fields: [String] = []
    /// The line the record starts on, counted from 1.
    package internal(set) var line: Int = 0
    /// The byte offset where the record starts.
    package internal(set) var offset: Int = 0
    /// The byte offset where each field starts (at its opening quote, for a quoted field).
    package internal(set) var fieldOffsets: [Int] = []

    /// The number of fields.
    package var count: Int { fields.count }

    /// The field at `index`, or the empty string past the end (for rows that leave out trailing
    /// empty fields).
    package subscript(index: Int) -> String {
        index < fields.count ? fields[index] : ""
    }

    /// A record of decoded fields.
    init(fields: [String] = [], line: Int = 0, offset: Int = 0, fieldOffsets: [Int] = []) {
        self.fields = fields
        self.line = line
        self.offset = offset
        self.fieldOffsets = fieldOffsets
    }
}
