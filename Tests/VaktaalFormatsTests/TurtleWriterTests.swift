import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// ``TurtleWriter``: readable (prefixes, grouped predicates, nested blank nodes, lists, short
/// literals), deterministic, and always read back to the same graph.
@Suite struct TurtleWriterTests {
    static func graph(_ ntriples: String) throws -> Graph {
        try NTriplesReader.read(Array(ntriples.utf8), file: "input.nt")
    }

    /// Writes, reads back, and checks the graph survived.
    static func written(_ graph: Graph) throws -> String {
        let text = TurtleWriter.render(graph)
        let again = try TurtleReader.read(Array(text.utf8), file: "written.ttl", base: "http://unused.example/")
        #expect(again.isIsomorphic(to: graph), "\(text)")
        return text
    }

    static let concepts = """
    <http://ex.org/b> <http://www.w3.org/2004/02/skos/core#prefLabel> "B"@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> "A"@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> "Ah"@fr .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#broader> <http://ex.org/b> .
    <http://ex.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#Concept> .
    """

    @Test func subjectsSortedTypeFirstPredicatesGroupedWithWellKnownPrefix() throws {
        let text = try Self.written(try Self.graph(Self.concepts))
        #expect(text == """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .

        <http://ex.org/a> a skos:Concept ;
            skos:broader <http://ex.org/b> ;
            skos:prefLabel "A"@en, "Ah"@fr .

        <http://ex.org/b> skos:prefLabel "B"@en .

        """)
    }

    @Test func graphPrefixesAreUsedAndOnlyUsedPrefixesDeclared() throws {
        var graph = try Self.graph(Self.concepts)
        graph.declarePrefix("ex", "http://ex.org/")
        graph.declarePrefix("unused", "http://unused.org/")
        let text = try Self.written(graph)
        #expect(text.hasPrefix("@prefix ex: <http://ex.org/> .\n@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\nex:a a skos:Concept"))
        #expect(!text.contains("unused"))
        #expect(!text.contains("@prefix rdf:"), "rdf:type is written as 'a'")
    }

    @Test func localPartsThatAreNotNamesStayFullIRIs() throws {
        var graph = try Self.graph("""
        <http://ex.org/a/b> <http://ex.org/p> <http://ex.org/c.> .
        <http://ex.org/-x> <http://ex.org/p> <http://ex.org/1%2F> .
        """)
        graph.declarePrefix("ex", "http://ex.org/")
        let text = try Self.written(graph)
        #expect(text.contains("<http://ex.org/a/b> ex:p <http://ex.org/c.> ."))
        #expect(text.contains("<http://ex.org/-x> ex:p ex:1%2F ."))
    }

    @Test func literalsInTheirShortestForm() throws {
        let text = try Self.written(try Self.graph("""
        <http://ex.org/s> <http://ex.org/p> "12"^^<http://www.w3.org/2001/XMLSchema#integer> .
        <http://ex.org/s> <http://ex.org/p> "1.50"^^<http://www.w3.org/2001/XMLSchema#decimal> .
        <http://ex.org/s> <http://ex.org/p> "1E3"^^<http://www.w3.org/2001/XMLSchema#double> .
        <http://ex.org/s> <http://ex.org/p> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .
        <http://ex.org/s> <http://ex.org/p> "1."^^<http://www.w3.org/2001/XMLSchema#decimal> .
        <http://ex.org/s> <http://ex.org/p> "yes"^^<http://www.w3.org/2001/XMLSchema#boolean> .
        <http://ex.org/s> <http://ex.org/p> "2020-01-01"^^<http://www.w3.org/2001/XMLSchema#date> .
        <http://ex.org/s> <http://ex.org/p> "say \\"hi\\"\\\\" .
        <http://ex.org/s> <http://ex.org/p> "two\\nlines\\"" .
        """))
        for form in ["12", "1.50", "1E3", "true", "\"1.\"^^xsd:decimal", "\"yes\"^^xsd:boolean",
                     "\"2020-01-01\"^^xsd:date", #""say \"hi\"\\""#, "\"\"\"two\nlines\\\"\"\"\""] {
            #expect(text.contains(form), "\(form) in \(text)")
        }
    }

    @Test func blankNodesReferencedOnceAreNestedAndListsUseParentheses() throws {
        let text = try Self.written(try Self.graph("""
        <http://ex.org/s> <http://ex.org/p> _:n .
        _:n <http://ex.org/q> "x" .
        <http://ex.org/s> <http://ex.org/list> _:l1 .
        _:l1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> <http://ex.org/one> .
        _:l1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:l2 .
        _:l2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> "two" .
        _:l2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .
        <http://ex.org/s> <http://ex.org/empty> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .
        """))
        #expect(text.contains("<http://ex.org/list> ( <http://ex.org/one> \"two\" )"))
        #expect(text.contains("<http://ex.org/p> [ <http://ex.org/q> \"x\" ]"))
        #expect(text.contains("<http://ex.org/empty> ()"))
        #expect(!text.contains("_:"))
    }

    @Test func sharedBlankNodesAndCyclesKeepLabels() throws {
        let text = try Self.written(try Self.graph("""
        <http://ex.org/s> <http://ex.org/p> _:shared .
        <http://ex.org/t> <http://ex.org/p> _:shared .
        _:shared <http://ex.org/q> "x" .
        _:c1 <http://ex.org/next> _:c2 .
        _:c2 <http://ex.org/next> _:c1 .
        _:self <http://ex.org/same> _:self .
        _:lonely <http://ex.org/q> "y" .
        """))
        #expect(text.contains("[] <http://ex.org/q> \"y\" ."))
        #expect(text.contains("_:b1"))
    }

    @Test func brokenListsAreWrittenAsPlainBlankNodes() throws {
        // A cyclic list and one that ends in an IRI with an extra property are no RDF
        // collections: written as `( … )` they would lose triples or change meaning.
        let text = try Self.written(try Self.graph("""
        <http://ex.org/s> <http://ex.org/p> _:l1 .
        _:l1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> "a" .
        _:l1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:l2 .
        _:l2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> "b" .
        _:l2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:l1 .
        <http://ex.org/s> <http://ex.org/p> _:m1 .
        _:m1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> "c" .
        _:m1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://ex.org/notNil> .
        _:m1 <http://ex.org/extra> "d" .
        """))
        #expect(!text.contains("( "), "\(text)")
        let firsts = text.components(separatedBy: "rdf:first").count - 1 + text.components(separatedBy: "22-rdf-syntax-ns#first>").count - 1
        #expect(firsts == 3, "\(text)")
    }

    @Test func deepBlankNodeChainsStayReadable() throws {
        var lines = ["<http://ex.org/s> <http://ex.org/p> _:n0 ."]
        for index in 0..<500 { lines.append("_:n\(index) <http://ex.org/p> _:n\(index + 1) .") }
        let text = try Self.written(try Self.graph(lines.joined(separator: "\n")))
        let deepest = text.split(separator: "\n").map { (line: Substring) in line.prefix { $0 == " " }.count }.max() ?? 0
        #expect(deepest <= 4 * 70)
    }

    @Test func sameGraphGivesSameBytesWhateverTheTripleOrder() throws {
        let graph = try Self.graph(Self.concepts)
        let reversed = Graph(graph.triples.reversed())
        #expect(TurtleWriter.render(graph) == TurtleWriter.render(reversed))
    }

    @Test func writesThroughOutputFileAndGraphWriter() throws {
        let path = "/tmp/vaktaal-turtle-writer-\(UInt32.random(in: 0...UInt32.max)).ttl"
        let graph = try Self.graph(Self.concepts)
        let output = try OutputFile(path: path)
        try GraphWriter.write(graph, format: .turtle, to: output)
        try output.commit()
        #expect(try VocabularyLoader.loadGraph(path: path).isIsomorphic(to: graph))
        #expect(RDFFormat(path: path) == .turtle)
        #expect(RDFFormat(path: "x.turtle") == .turtle)
        #expect(RDFFormat.turtle.fileExtension == "ttl")
    }
}
