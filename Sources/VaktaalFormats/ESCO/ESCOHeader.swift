/// Reads the first record of a CSV file (its column names) without reading the rest: placing the
/// files of a download by their columns costs a few kilobytes a file.
enum ESCOHeader {
    /// How far to look for the end of the first record.
    static let limit = 1 << 20

    /// The column names of the CSV file at `path`; empty for an empty file.
    /// - Throws: ``FileError`` when the file cannot be read; ``ParseError`` when its first record
    ///   is not CSV (bytes that are not UTF-8, a stray quote).
    static func read(_ path: String) throws -> [String] {
        let file = try ChunkedFile(path: path, chunkSize: 1 << 16)
        var bytes: [UInt8] = []
        var end: Int?
        var quoted = false
        var content = false
        while end == nil, bytes.count < limit, let chunk = try file.next() {
            let start = bytes.count
            bytes.append(contentsOf: chunk)
            for index in start..<bytes.count {
                let byte = bytes[index]
                if byte == CSVScanner.quote { quoted.toggle() }
                let isBreak = byte == CSVScanner.lineFeed || byte == CSVScanner.carriageReturn
                if isBreak, !quoted, content {
                    end = index
                    break
                }
                if !isBreak { content = true }
            }
        }
        let reader = CSVReader(bytes: Array(bytes[..<(end ?? bytes.count)]), file: path)
        return try reader.records().first?.fields ?? []
    }
}
