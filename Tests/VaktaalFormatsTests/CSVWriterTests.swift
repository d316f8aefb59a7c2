import Testing
import VaktaalFormats

/// The writer quotes exactly what RFC 4180 requires, and the reader reads back what it wrote.
@Suite struct CSVWriterTests {
    static func text(_ records: [[String]], separator: UInt8 = UInt8(ascii: ",")) -> String {
        var writer = CSVWriter(separator: separator)
        for record in records { writer.write(record) }
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test func quotesOnlyWhenNeeded() {
        #expect(Self.text([["plain", "with space", ""]]) == "plain,with space,\r\n")
        #expect(Self.text([["a,b", "say \"hi\"", "two\nlines", "cr\r"]]) == "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\"\r\n")
    }

    @Test func semicolonSeparatorQuotesSemicolons() {
        #expect(Self.text([["a;b", "c,d"]], separator: UInt8(ascii: ";")) == "\"a;b\";c,d\r\n")
    }

    @Test func byteOrderMarkOnRequest() {
        let writer = CSVWriter(byteOrderMark: true)
        #expect(writer.bytes == [0xEF, 0xBB, 0xBF])
    }

    @Test func readerReadsBackWhatTheWriterWrote() throws {
        let awkward = ["", " ", "\"", "\"\"", ",", "\r\n", "\n\n", "a\"b,c\nd", "inspiciënt", "𝄞 \u{FEFF}", "trailing ", "=SUM(A1)"]
        var records: [[String]] = []
        for (index, value) in awkward.enumerated() {
            records.append([value, awkward[(index + 3) % awkward.count], "row \(index)"])
        }
        var writer = CSVWriter(byteOrderMark: true)
        for record in records { writer.write(record) }
        let back = try CSVReader(bytes: writer.bytes, file: "roundtrip.csv").records().map(\.fields)
        #expect(back == records)
    }
}
