import Testing
import VaktaalFormats
import VaktaalModel

/// One Turtle feature per test, read by ``TurtleReader``; errors name file, line and column.
@Suite struct TurtleReaderTests {
    static let base = "http://example.org/doc"

    static func read(_ text: String, base: String = base) throws -> Graph {
        try TurtleReader.read(Array(text.utf8), file: "test.ttl", base: base)
    }

    static func ntriples(_ text: String) throws -> Graph {
        try NTriplesReader.read(Array(text.utf8), file: "expected.nt")
    }

    static func error(_ text: String) -> ParseError? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error as? ParseError
        }
    }

    @Test func prefixesAndSPARQLStyleDirectives() throws {
        let graph = try Self.read("""
        @prefix ex: <http://ex.org/> .
        prefix skos: <http://www.w3.org/2004/02/skos/core#>
        BASE <http://base.org/dir/>
        ex:a a skos:Concept ; skos:broader <b> .
        """)
        let expected = try Self.ntriples("""
        <http://ex.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#Concept> .
        <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#broader> <http://base.org/dir/b> .
        """)
        #expect(graph == expected)
        #expect(graph.prefixes.map(\.prefix) == ["ex", "skos"])
    }

    @Test func relativeIRIsResolveAgainstTheGivenBaseAndThenAtBase() throws {
        let graph = try Self.read("<a> <p> <#o> . @base <http://other.org/x/> . <../a> <p> <o> .")
        #expect(graph.triples[0] == Triple(.iri("http://example.org/a"), "http://example.org/p", .iri("http://example.org/doc#o")))
        #expect(graph.triples[1] == Triple(.iri("http://other.org/a"), "http://other.org/x/p", .iri("http://other.org/x/o")))
    }

    @Test func localNamesWithEscapesDotsAndColons() throws {
        let graph = try Self.read(#"@prefix : <http://ex.org/> . :a\.b :c:d :e.f%20g. "#)
        #expect(graph.triples == [Triple(.iri("http://ex.org/a.b"), "http://ex.org/c:d", .iri("http://ex.org/e.f%20g"))])
    }

    @Test func numbersAndBooleansTakeTheirXSDDatatypes() throws {
        let graph = try Self.read("<s> <p> 1, -2.50, 3e4, .5E-1, true, false .")
        let xsd = Namespace.xsd
        #expect(Set(graph.triples.compactMap { $0.object.literalValue }) == [
            Literal("1", datatype: xsd + "integer"), Literal("-2.50", datatype: xsd + "decimal"),
            Literal("3e4", datatype: xsd + "double"), Literal(".5E-1", datatype: xsd + "double"),
            Literal("true", datatype: xsd + "boolean"), Literal("false", datatype: xsd + "boolean"),
        ])
    }

    @Test func integerBeforeTheFinalDotIsNotADecimal() throws {
        let graph = try Self.read("<s> <p> 42.")
        #expect(graph.triples.first?.object == .literal(Literal("42", datatype: Namespace.xsd + "integer")))
    }

    @Test func stringsLongStringsAndLanguageTags() throws {
        let graph = try Self.read(#"""
        <s> <p> 'it\'s', """two
        "lines\"""", "tab\tand \u00E9"@en-GB, "x"^^<http://ex.org/dt> .
        """#)
        #expect(Set(graph.triples.map(\.object)) == [
            .literal(Literal("it's")), .literal(Literal("two\n\"lines\"")),
            .literal(Literal("tab\tand é", language: "en-gb")),
            .literal(Literal("x", datatype: "http://ex.org/dt")),
        ])
    }

    @Test func blankNodesPropertyListsAndCollections() throws {
        let graph = try Self.read("""
        @prefix : <http://ex.org/> .
        _:x :p [ :q 1 ; :r ( 2 [] ) ] .
        [ :s _:x ] .
        () :t :u .
        """)
        let expected = try Self.ntriples("""
        _:x <http://ex.org/p> _:n .
        _:n <http://ex.org/q> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
        _:n <http://ex.org/r> _:l1 .
        _:l1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .
        _:l1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:l2 .
        _:l2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> _:anon .
        _:l2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .
        _:top <http://ex.org/s> _:x .
        <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> <http://ex.org/t> <http://ex.org/u> .
        """)
        #expect(graph.isIsomorphic(to: expected))
    }

    @Test func byteOrderMarkAndCommentsAreSkipped() throws {
        let graph = try TurtleReader.read([0xEF, 0xBB, 0xBF] + Array("# c\n<s> <p> <o> . # end".utf8), file: "bom.ttl", base: Self.base)
        #expect(graph.count == 1)
    }

    @Test func errorNamesLineColumnAndExpectation() throws {
        let error = try #require(Self.error("@prefix ex: <http://ex.org/> .\nex:a ex:b nope:c .\n"))
        #expect(error.format == "Turtle")
        #expect(error.location == SourceLocation(file: "test.ttl", line: 2, column: 11))
        #expect(error.message.contains("undefined prefix 'nope:'"))
        #expect(error.description.hasPrefix("test.ttl:2:11: error: Turtle:"))
        #expect(error.description.hasSuffix("ex:a ex:b nope:c .\n          ^"))
    }

    @Test func missingDotIsReportedWhereItWasExpected() throws {
        let error = try #require(Self.error("<s> <p> <o> <o2> ."))
        #expect(error.location.column == 13)
        #expect(error.message.contains("expected '.'"))
    }

    @Test func unterminatedLongStringSpanningLinesIsAnErrorNotACrash() throws {
        let error = try #require(Self.error("<s> <p> \"\"\"open\nstill open\n"))
        #expect(error.location.line == 1)
        #expect(error.message.contains("unterminated long string"))
    }

    @Test func deepNestingIsRefusedCleanly() throws {
        let deep = "<s> <p> " + String(repeating: "[ <p> ", count: 2000) + "<o>" + String(repeating: " ]", count: 2000) + " ."
        let error = try #require(Self.error(deep))
        #expect(error.message.contains("nested more than"))
        let collections = "<s> <p> " + String(repeating: "(", count: 2000) + String(repeating: ")", count: 2000) + " ."
        #expect(Self.error(collections) != nil)
    }

    @Test(arguments: [
        "<s> <p> <o>",                    // no final dot
        "<s> <p> \"a\nb\" .",             // line break in a short string
        "@PREFIX ex: <http://ex.org/> .", // directives are lower case with @
        "<s> a.b <o> .",                  // undefined prefix a.b
        "@prefix ex.: <http://ex.org/> .",
        "<s> <p> _:a. .",
        "<s> <p> \"x\"@ .",
        "<s> <p> 1e .",
        "<s> <p> <a b> .",
        "<s> <p> \"\"\"abc\"\"\"\" .",
        "[] .",
        "<s> <p> [ <q> <r> .",
        "<s> <p> ( <a> .",
    ])
    func malformedInputIsRejected(_ text: String) {
        #expect(Self.error(text) != nil, "\(text)")
    }
}
