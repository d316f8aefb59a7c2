import Testing
import VaktaalFormats
import VaktaalModel

/// Malformed JSON is rejected with the line and column of the offending character.
@Suite struct JSKOSParserTests {
    struct Case: Sendable, CustomStringConvertible {
        let text: String
        let line: Int
        let column: Int
        let message: String
        var description: String { message }
    }

    static let cases = [
        Case(text: #"{"a": [1, 2,]}"#, line: 1, column: 13, message: "trailing ','"),
        Case(text: #"{"a": 1,}"#, line: 1, column: 9, message: "trailing ','"),
        Case(text: "{\n  \"prefLabel\": {\"en\": \"x\"},\n  \"notation\": [\"1\" \"2\"]\n}", line: 3, column: 20, message: "expected ',' or ']'"),
        Case(text: "{\"uri\": \"http://x.org/1\",\n \"prefLabel\": {\"en\": tru}}", line: 2, column: 22, message: "expected 'true'"),
        Case(text: #"{"uri": "http://x"#, line: 1, column: 9, message: "unterminated string"),
        Case(text: #"{"uri": "http://x.org/1""#, line: 1, column: 25, message: "but the input ends"),
        Case(text: #"{"count": 012}"#, line: 1, column: 11, message: "leading zeros"),
        Case(text: #"{"count": 1.}"#, line: 1, column: 13, message: "digit after the decimal point"),
        Case(text: "{\"a\": \"x\ty\"}", line: 1, column: 9, message: "must be escaped"),
        Case(text: #"{"a": "\ud800"}"#, line: 1, column: 8, message: "unpaired surrogate"),
        Case(text: #"{"a": "\x"}"#, line: 1, column: 8, message: "invalid escape"),
        Case(text: #"{"uri": "http://x.org/1", "uri": "http://x.org/2"}"#, line: 1, column: 27, message: "duplicate key \"uri\""),
        Case(text: "{} {}", line: 1, column: 4, message: "line break after the JSON value"),
        Case(text: "{\"prefLabel\": {\"de\": \"Küche\"}, x}", line: 1, column: 32, message: "expected an object key"),
        Case(text: "[\n  {\"a\": 1}\n  ,\n]", line: 4, column: 1, message: "trailing ','"),
        Case(text: "{\"a\" 1}", line: 1, column: 6, message: "expected ':'"),
        Case(text: "nul", line: 1, column: 1, message: "expected 'null'"),
        Case(text: "{\"a\": +1}", line: 1, column: 7, message: "expected a JSON value"),
        Case(text: "{\"a\": \"line\nbreak\"}", line: 1, column: 12, message: "line break before the closing"),
    ]

    @Test(arguments: cases)
    func syntaxErrorHasLineAndColumn(_ testCase: Case) throws {
        let error = try #require(throws: ParseError.self) {
            try JSKOSReader.read(Array(testCase.text.utf8), file: "bad.json")
        }
        #expect(error.format == "JSON")
        #expect(error.location.file == "bad.json")
        #expect(error.location.line == testCase.line, "\(error)")
        #expect(error.location.column == testCase.column, "\(error)")
        #expect(error.message.contains(testCase.message), "\(error)")
    }

    @Test func errorDescriptionShowsTheLineWithACaret() throws {
        let error = try #require(throws: ParseError.self) {
            try JSKOSReader.read(Array("{\n  \"notation\": [\"1\",]\n}".utf8), file: "bad.json")
        }
        #expect(error.description == "bad.json:2:20: error: JSON: trailing ',' before ']'\n  \"notation\": [\"1\",]\n                   ^")
    }

    @Test func invalidUTF8InAStringIsAnError() throws {
        let bytes: [UInt8] = Array(#"{"uri": "http://x.org/1", "notation": [""#.utf8) + [0xFF] + Array(#""]}"#.utf8)
        let error = try #require(throws: ParseError.self) { try JSKOSReader.read(bytes, file: "bad.json") }
        #expect(error.message.contains("UTF-8"))
        #expect(error.location.column == 40)
    }

    @Test func deepNestingIsRefusedNotACrash() throws {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = try #require(throws: ParseError.self) { try JSKOSReader.read(Array(text.utf8), file: "deep.json") }
        #expect(error.message.contains("nested deeper"))
    }

    @Test func escapesAndByteOrderMarkAreRead() throws {
        let text = #"{"uri": "http://x.org/1", "prefLabel": {"en": "a\"b\\c\/d\u00e9\ud834\udd1e\n"}}"#
        let vocabulary = try JSKOSReader.read([0xEF, 0xBB, 0xBF] + Array(text.utf8), file: "ok.json")
        #expect(vocabulary.concept("http://x.org/1")?.prefLabel("en") == "a\"b\\c/dé𝄞\n")
    }

    @Test func numbersKeepTheirLexicalForm() throws {
        let text = #"{"count": 12, "extent": "3", "qualifiedDates": {"http://x.org/p": [{"date": "2001", "rank": "preferred"}]}, "_X": -0.5e-3}"#
        let graph = try JSKOSReader.read(Array(text.utf8), file: "ok.json").graph()
        #expect(graph.triples.contains { $0.object == .literal(Literal("12", datatype: Namespace.xsd + "integer")) })
    }
}
