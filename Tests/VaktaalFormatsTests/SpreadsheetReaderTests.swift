import Testing
import VaktaalFormats
import VaktaalModel

/// The spreadsheet reader refuses what it cannot read, at the offending cell, instead of dropping it.
@Suite struct SpreadsheetReaderTests {
    struct Bad: CustomStringConvertible, Sendable {
        let name: String
        let csv: String
        let line: Int
        let column: Int
        let message: String
        var description: String { name }
    }

    static let header = "conceptType,conceptUri,preferredLabel@nl,broader,modified,extra\n"

    static let bad: [Bad] = [
        Bad(name: "unknown column", csv: "conceptType,conceptUri,prefLabel@nl\n", line: 1, column: 24, message: "unknown column 'prefLabel@nl'"),
        Bad(name: "repeated column", csv: "conceptUri,broader,broader\n", line: 1, column: 20, message: "appears twice"),
        Bad(name: "no conceptUri column", csv: "conceptType,preferredLabel@nl\n", line: 1, column: 0, message: "no conceptUri column"),
        Bad(name: "relative IRI", csv: header + "Concept,hub/H01,lassen,,,\n", line: 2, column: 9, message: "expected an IRI"),
        Bad(name: "missing IRI", csv: header + "Concept,,lassen,,,\n", line: 2, column: 9, message: "no conceptUri"),
        Bad(name: "unknown type", csv: header + "Begrip,https://ex.org/a,lassen,,,\n", line: 2, column: 1, message: "unknown conceptType 'Begrip'"),
        Bad(name: "label in an IRI column", csv: header + "Concept,https://ex.org/a,lassen,\"https://ex.org/b\nverbinden\",,\n",
            line: 2, column: 33, message: "found 'verbinden'"),
        Bad(name: "bad date", csv: header + "Concept,https://ex.org/a,lassen,,5 mei 2024,\n", line: 2, column: 34, message: "expected a date"),
        Bad(name: "bad extra", csv: header + "Concept,https://ex.org/a,lassen,,,\"skos:note \"\"x\"\"\"\n", line: 2, column: 35, message: "N-Triples"),
        Bad(name: "second row for a subject", csv: header + "Concept,https://ex.org/a,lassen,,,\nConcept,https://ex.org/a,las,,,\n",
            line: 3, column: 9, message: "first row is at line 2"),
        Bad(name: "too many fields", csv: header + "Concept,https://ex.org/a,lassen,,,,\n", line: 2, column: 36, message: "7 fields"),
        Bad(name: "too few fields", csv: header + "Concept,https://ex.org/a\n", line: 2, column: 0, message: "2 fields"),
        Bad(name: "bad confidence", csv: "conceptType,conceptUri,confidence\nMapping,_:m1,1.5\n", line: 2, column: 14, message: "from 0 to 1"),
        Bad(name: "bad relation", csv: "conceptType,conceptUri,mappingRelation\nMapping,_:m1,sameAs\n", line: 2, column: 14, message: "exactMatch"),
    ]

    @Test(arguments: bad)
    func refuses(_ bad: Bad) throws {
        do {
            let graph = try SpreadsheetReader.read(Array(bad.csv.utf8), file: "sheet.csv")
            Issue.record("read \(graph.count) triples instead of refusing")
        } catch let error as ParseError {
            #expect(error.location.line == bad.line)
            #expect(error.location.column == bad.column)
            #expect(error.message.contains(bad.message), "\(error.message)")
            #expect(error.description.hasPrefix("sheet.csv:\(bad.line)"))
        }
    }

    /// A file of ESCO's download read as a spreadsheet is refused with a pointer to `--from esco`,
    /// told by its columns; a spreadsheet with a mistyped column is not sent there.
    @Test func escoColumnsPointToTheESCOImport() throws {
        let esco = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel\n"
        let typo = "conceptType,conceptUri,prefLabel@nl\n"
        let escoError = try #require(throws: ParseError.self) { try SpreadsheetReader.read(Array(esco.utf8), file: "renamed.csv") }
        let typoError = try #require(throws: ParseError.self) { try SpreadsheetReader.read(Array(typo.utf8), file: "skills_en.csv") }
        #expect(escoError.message.contains("--from esco"))
        #expect(!typoError.message.contains("--from esco"))
    }

    @Test func emptyRowsAndFalseAreNothing() throws {
        let csv = "conceptType,conceptUri,deprecated\nConcept,https://ex.org/a,false\n,,\n"
        let graph = try SpreadsheetReader.read(Array(csv.utf8), file: "sheet.csv")
        #expect(graph.count == 1)
    }

    @Test func blankNodesKeepTheirIdentityAcrossRows() throws {
        let csv = "conceptType,conceptUri,extra\n"
            + "Concept,https://ex.org/a,<http://www.w3.org/2008/05/skos-xl#prefLabel> _:label1\n"
            + ",_:label1,\"<http://www.w3.org/2008/05/skos-xl#literalForm> \"\"lassen\"\"@nl\"\n"
        let vocabulary = try SpreadsheetReader.readVocabulary(Array(csv.utf8), file: "sheet.csv")
        let concept = try #require(vocabulary.concept("https://ex.org/a"))
        #expect(concept.prefLabel("nl") == "lassen")
    }
}
