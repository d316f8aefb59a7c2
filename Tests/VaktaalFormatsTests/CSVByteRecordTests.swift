import Testing
import VaktaalFormats

/// Records read as bytes hold what the decoded records hold, and the byte helpers of ``CSVCell``
/// split cells as the string ones do.
@Suite struct CSVByteRecordTests {
    static let text = "h1,h2,h3\r\n\"a \"\"quoted\"\" cell\",\"x\r\ny\",plain\nzoë,\"\",\"\"\"\"\n"

    @Test func byteRecordsDecodeToTheStringRecords() throws {
        let reader = CSVReader(bytes: Array(Self.text.utf8), file: "t.csv")
        var fromBytes: [[String]] = []
        try reader.forEachByteRecord { record in fromBytes.append((0..<record.count).map(record.string)) }
        #expect(fromBytes == [["h1", "h2", "h3"], ["a \"quoted\" cell", "x\r\ny", "plain"], ["zoë", "", "\""]])
    }

    @Test(arguments: ["", "one", "one\ntwo", "one\r\ntwo\r\n", "\n\none\n\n", "a\rb\nc\r", "x\r"])
    func linesSplitAsTheStringHelper(cell: String) {
        var items: [String] = []
        Array(cell.utf8).withUnsafeBufferPointer { bytes in
            CSVCell.forEachLine(bytes) { items.append(String(decoding: $0, as: UTF8.self)) }
        }
        #expect(items == CSVCell.lines(cell))
    }

    @Test(arguments: ["", "a", "a | b", " | a | | b | ", "a |b | c", "a | "])
    func itemsSplitAsTheStringHelper(cell: String) {
        var items: [String] = []
        Array(cell.utf8).withUnsafeBufferPointer { bytes in
            CSVCell.forEachItem(bytes, separatedBy: Array(" | ".utf8)) { items.append(String(decoding: $0, as: UTF8.self)) }
        }
        #expect(items == CSVCell.items(cell, separatedBy: " | "))
    }

    @Test func invalidUTF8InAQuotedFieldIsAnErrorAtTheByte() throws {
        let bytes = Array("a,b\nok,\"x\"\"".utf8) + [0xE9] + Array("\"\n".utf8)
        let error = try #require(throws: ParseError.self) { try CSVReader(bytes: bytes, file: "t.csv").forEachByteRecord { _ in } }
        #expect(error.location.line == 2)
        #expect(error.location.column == 8)
        #expect(error.message.contains("UTF-8"))
    }
}
