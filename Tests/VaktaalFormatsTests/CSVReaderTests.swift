import Testing
import VaktaalFormats

/// RFC 4180 as the reader implements it, edge case by edge case, and the errors it reports.
@Suite struct CSVReaderTests {
    static func records(_ text: String, separator: UInt8? = UInt8(ascii: ",")) throws -> [[String]] {
        try CSVReader(bytes: Array(text.utf8), file: "test.csv", separator: separator).records().map(\.fields)
    }

    static func failure(_ text: String) -> ParseError? {
        do {
            _ = try records(text)
            return nil
        } catch {
            return error as? ParseError
        }
    }

    @Test func plainFieldsAndRecords() throws {
        #expect(try Self.records("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
    }

    @Test func lastRecordWithoutLineBreak() throws {
        #expect(try Self.records("a,b\n1,2") == [["a", "b"], ["1", "2"]])
    }

    @Test(arguments: ["a,b\r\n1,2\r\n", "a,b\n1,2\n", "a,b\r1,2\r"])
    func lineBreaksCRLFOrLFOrCR(_ text: String) throws {
        #expect(try Self.records(text) == [["a", "b"], ["1", "2"]])
    }

    @Test func quotedFieldsWithSeparatorsQuotesAndLineBreaks() throws {
        let text = "\"a,b\",\"say \"\"hi\"\"\",\"line 1\r\nline 2\nline 3\"\r\nx,\"\",\"\"\"\"\r\n"
        #expect(try Self.records(text) == [["a,b", "say \"hi\"", "line 1\r\nline 2\nline 3"], ["x", "", "\""]])
    }

    @Test func emptyFieldsAreKept() throws {
        #expect(try Self.records(",,\na,,\n,b,\n") == [["", "", ""], ["a", "", ""], ["", "b", ""]])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("name,value\nwelding,1\n".utf8)
        let records = try CSVReader(bytes: bytes, file: "bom.csv").records()
        #expect(records.map(\.fields) == [["name", "value"], ["welding", "1"]])
    }

    @Test func blankLinesBetweenRecordsAreSkipped() throws {
        #expect(try Self.records("a,b\n\n\r\n1,2\n\n") == [["a", "b"], ["1", "2"]])
    }

    @Test func unicodeIsDecoded() throws {
        #expect(try Self.records("inspiciënt,\"Émile — 𝄞\"\n") == [["inspiciënt", "Émile — 𝄞"]])
    }

    @Test func recordsKnowTheirLineAcrossQuotedLineBreaks() throws {
        let records = try CSVReader(bytes: Array("h\n\"a\nb\nc\"\nnext\r\n\"x\r\ny\"\r\nlast".utf8), file: "t.csv").records()
        #expect(records.map(\.line) == [1, 2, 5, 6, 8])
    }

    @Test func separatorIsDetectedFromTheFirstLine() throws {
        #expect(try Self.records("a;b;\"c;d\"\n1;2;3\n", separator: nil) == [["a", "b", "c;d"], ["1", "2", "3"]])
        #expect(try Self.records("a\tb\n1\t2\n", separator: nil) == [["a", "b"], ["1", "2"]])
        #expect(try Self.records("\"x;y\",b\n", separator: nil) == [["x;y", "b"]])
    }

    @Test func unterminatedQuoteIsReportedWhereTheFieldStarts() throws {
        let error = try #require(Self.failure("a,b\n1,2\n3,\"open\nstill open\n"))
        #expect(error.location.line == 3)
        #expect(error.location.column == 3)
        #expect(error.message.contains("not closed"))
        #expect(error.sourceLine == "3,\"open")
    }

    @Test func textAfterAClosingQuoteIsAnError() throws {
        let error = try #require(Self.failure("a,b\n\"x\"y,2\n"))
        #expect(error.location.line == 2)
        #expect(error.location.column == 4)
        #expect(error.description.contains("test.csv:2:4: error"))
    }

    @Test func quoteInsideAnUnquotedFieldIsAnError() throws {
        let error = try #require(Self.failure("a,b\nx,say \"hi\"\n"))
        #expect(error.location.line == 2)
        #expect(error.location.column == 7)
    }

    @Test func errorsAfterMultiLineRecordsCountPhysicalLines() throws {
        let error = try #require(Self.failure("h\n\"one\ntwo\nthree\"\nok\nbad\"\n"))
        #expect(error.location.line == 6)
    }

    @Test func invalidUTF8IsAnError() throws {
        let bytes = Array("a,b\nok,".utf8) + [0x66, 0xE9, 0x65] + Array("\n".utf8)
        do {
            _ = try CSVReader(bytes: bytes, file: "latin1.csv").records()
            Issue.record("expected an error")
        } catch let error as ParseError {
            #expect(error.location.line == 2)
            #expect(error.location.column == 5)
            #expect(error.message.contains("UTF-8"))
        }
    }

    @Test func tableRefusesRowsOfTheWrongWidth() throws {
        let reader = CSVReader(bytes: Array("a,b,c\n1,2,3\n4,5,6,7\n".utf8), file: "wide.csv")
        #expect(throws: ParseError.self) { try CSVTable(reader) }
        do {
            _ = try CSVTable(reader)
        } catch let error as ParseError {
            #expect(error.location.line == 3)
            #expect(error.message.contains("4 fields"))
        }
        let short = CSVReader(bytes: Array("a,b,c\n1,2\n".utf8), file: "short.csv")
        #expect(throws: ParseError.self) { try CSVTable(short) }
        let padded = try CSVTable(short, shortRows: .padWithEmptyFields)
        #expect(padded.rows[0][2] == "")
        #expect(padded.header == ["a", "b", "c"])
    }

    @Test func emptyFileHasNoHeader() throws {
        #expect(throws: ParseError.self) { try CSVTable(CSVReader(bytes: [], file: "empty.csv")) }
    }

    @Test func fieldLocationsPointAtTheCell() throws {
        let reader = CSVReader(bytes: Array("a,b\nfirst,\"multi\nline\"\nx,yz\n".utf8), file: "t.csv")
        let records = try reader.records()
        #expect(reader.location(of: records[1], field: 1) == SourceLocation(file: "t.csv", line: 2, column: 7))
        #expect(reader.location(of: records[2], field: 1) == SourceLocation(file: "t.csv", line: 4, column: 3))
    }
}
