import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// Real Turtle written by other tools: the UNESCO thesaurus (checked against rdflib's N-Triples of
/// it), Skosmos' test vocabularies and Skosify's mislabelled `dctype.out.rdf`. Every file also
/// survives our own round trip: read, write Turtle, read again, same graph.
@Suite struct TurtleRealFileTests {
    static let skosmosDirectory = SharedData.path("skosmos/tests/test-vocab-data")

    /// The Turtle files among Skosmos' test vocabularies (the folder also holds MARCXML files).
    static let skosmosFixtures: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: skosmosDirectory)) ?? []
        return names.filter { $0.hasSuffix(".ttl") }.sorted()
    }()

    static func load(_ path: String) throws -> Graph {
        try VocabularyLoader.loadGraph(path: path, format: .turtle)
    }

    /// Writes Turtle, reads it back and checks the graph and the determinism of the writer.
    static func expectRoundTrip(_ graph: Graph, name: String) throws {
        let text = TurtleWriter.render(graph)
        let again = try TurtleReader.read(Array(text.utf8), file: name + " (written)", base: "http://unused.example/")
        #expect(again.count == graph.count)
        #expect(again.isIsomorphic(to: graph))
        #expect(TurtleWriter.render(graph) == text, "writing twice gives the same bytes")
        #expect(TurtleWriter.render(again) == text || again.triples.contains(where: \.hasBlankNode),
                "without blank nodes, the written file is a fixed point")
    }

    /// The reference N-Triples come from rdflib's RDF/XML of this Turtle, and rdflib rewrote a few
    /// `xsd:dateTime` values into its canonical form on the way (`…Z` → `…+00:00`, `.600` →
    /// `.600000`). We keep the lexical form of the source, so those triples, and only those, differ,
    /// each by a value-preserving rewriting of one dateTime.
    @Test func unescoThesaurusMatchesRDFLib() throws {
        let graph = try Self.load(SharedData.path("unesco/2016-10-26/unesco-thesaurus.ttl"))
        let referencePath = "unesco/2016-10-26/unesco-thesaurus.sorted.nt"
        let reference = try NTriplesReader.read(try InputFile.read(SharedData.path(referencePath)), file: referencePath)
        #expect(graph.count == reference.count)
        let differing = graph.triples.filter { !reference.contains($0) }
        let dateTime = Namespace.xsd + "dateTime"
        for triple in differing {
            let literal = try #require(triple.object.literalValue, "\(triple)")
            #expect(literal.datatype == dateTime, "\(triple)")
            let counterpart = reference.triples.first {
                $0.subject == triple.subject && $0.predicate == triple.predicate && !graph.contains($0)
                    && $0.object.literalValue?.datatype == dateTime
            }
            let other = try #require(counterpart?.object.literalValue, "no rewritten counterpart of \(triple)")
            #expect(Self.sameDateTime(literal.lexicalForm, other.lexicalForm), "\(triple) vs \(other)")
        }
        #expect(differing.count < 10)
        #expect(graph.prefixes.contains { $0.prefix == "skos" && $0.namespace == Namespace.skos })
        try Self.expectRoundTrip(graph, name: "unesco-thesaurus.ttl")
    }

    /// Whether two `xsd:dateTime` lexical forms differ only in ways that keep the value: `Z` for
    /// `+00:00`, trailing zeros of the fraction of a second.
    static func sameDateTime(_ lhs: String, _ rhs: String) -> Bool {
        func canonical(_ text: String) -> String {
            var text = text.hasSuffix("Z") ? String(text.dropLast()) + "+00:00" : text
            guard let dot = text.firstIndex(of: ".") else { return text }
            let fractionEnd = text[dot...].dropFirst().firstIndex { !$0.isNumber } ?? text.endIndex
            var fraction = String(text[dot..<fractionEnd])
            while fraction.hasSuffix("0") { fraction.removeLast() }
            if fraction == "." { fraction = "" }
            text.replaceSubrange(dot..<fractionEnd, with: fraction)
            return text
        }
        return lhs != rhs && canonical(lhs) == canonical(rhs)
    }

    @Test func unescoThesaurusAsVocabulary() throws {
        let graph = try Self.load(SharedData.path("unesco/2016-10-26/unesco-thesaurus.ttl"))
        let vocabulary = Vocabulary(graph: graph)
        // shared/INDEX.md: 4,414 concepts (rdflib's count of `?c a skos:Concept`).
        #expect(vocabulary.concepts.count == 4414)
        #expect(vocabulary.graph().isIsomorphic(to: graph))
    }

    @Test func simplifiedUnescoParses() throws {
        let graph = try Self.load(SharedData.path("unesco/2016-10-26/simple-unesco-thesaurus.ttl"))
        #expect(graph.count > 0)
        try Self.expectRoundTrip(graph, name: "simple-unesco-thesaurus.ttl")
    }

    @Test func skosmosFolderHasItsTurtleFixtures() {
        #expect(Self.skosmosFixtures.count == 32)
    }

    @Test(arguments: skosmosFixtures)
    func skosmosFixtureParsesAndRoundTrips(_ name: String) throws {
        let graph = try Self.load(Self.skosmosDirectory + "/" + name)
        #expect(graph.count > 0)
        try Self.expectRoundTrip(graph, name: name)
    }

    /// Skosify's `dctype.out.rdf` is Turtle despite its extension: it reads with the format given.
    @Test func mislabelledSkosifyOutputReadsAsTurtle() throws {
        let graph = try Self.load(SharedData.path("skosify/examples/dctype.out.rdf"))
        let vocabulary = Vocabulary(graph: graph)
        #expect(vocabulary.concepts.contains { $0.iri == "http://purl.org/dc/dcmitype/Collection" })
        try Self.expectRoundTrip(graph, name: "dctype.out.rdf")
    }
}
