import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// The shape of the JSKOS that Vaktaal writes, and its stability.
@Suite struct JSKOSWriterTests {
    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// Parses with Foundation, an independent JSON parser.
    private func json(_ bytes: [UInt8]) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(bytes))
    }

    private func graphObjects(_ vocabulary: Vocabulary) throws -> [[String: Any]] {
        let document = try #require(try json(try JSKOSWriter.document(vocabulary)) as? [String: Any])
        return try #require(document["@graph"] as? [[String: Any]])
    }

    private func object(_ uri: String, in objects: [[String: Any]]) throws -> [String: Any] {
        try #require(objects.first { $0["uri"] as? String == uri })
    }

    static let small = """
    <http://ex.org/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#ConceptScheme> .
    <http://ex.org/s> <http://www.w3.org/2004/02/skos/core#prefLabel> "Skills"@en .
    <http://ex.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#Concept> .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> "welding"@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> "arc welding"@en .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#altLabel> "lassen" .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#inScheme> <http://ex.org/s> .
    <http://ex.org/a> <http://www.w3.org/2004/02/skos/core#exactMatch> <http://other.org/x> .
    _:m <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#Axiom> .
    _:m <http://www.w3.org/2002/07/owl#annotatedSource> <http://ex.org/a> .
    _:m <http://www.w3.org/2002/07/owl#annotatedProperty> <http://www.w3.org/2004/02/skos/core#exactMatch> .
    _:m <http://www.w3.org/2002/07/owl#annotatedTarget> <http://other.org/x> .
    _:m <https://w3id.org/sssom/confidence> "0.9"^^<http://www.w3.org/2001/XMLSchema#double> .
    """

    @Test func documentHasTheExpectedShape() throws {
        let vocabulary = try JSKOSFixtures.vocabulary(Self.small)
        let expected = """
        {
          "@context": "https://gbv.github.io/jskos/context.json",
          "@graph": [
            {
              "prefLabel": {
                "en": "Skills"
              },
              "type": [
                "http://www.w3.org/2004/02/skos/core#ConceptScheme"
              ],
              "uri": "http://ex.org/s"
            },
            {
              "_triples": [
                "<http://ex.org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> \\"welding\\"@en ."
              ],
              "altLabel": {
                "und": [
                  "lassen"
                ]
              },
              "inScheme": [
                {
                  "uri": "http://ex.org/s"
                }
              ],
              "prefLabel": {
                "en": "arc welding"
              },
              "type": [
                "http://www.w3.org/2004/02/skos/core#Concept"
              ],
              "uri": "http://ex.org/a"
            },
            {
              "_bnode": "_:m",
              "from": {
                "memberSet": [
                  {
                    "uri": "http://ex.org/a"
                  }
                ]
              },
              "fromScheme": {
                "uri": "http://ex.org/s"
              },
              "mappingRelevance": 0.9,
              "to": {
                "memberSet": [
                  {
                    "uri": "http://other.org/x"
                  }
                ]
              },
              "type": [
                "http://www.w3.org/2004/02/skos/core#exactMatch"
              ]
            }
          ]
        }

        """
        #expect(text(try JSKOSWriter.document(vocabulary)) == expected)
        let ndjson = text(try JSKOSWriter.ndjson(vocabulary)).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(ndjson.count == 4 && ndjson[3].isEmpty)
        #expect(ndjson[0] == #"{"prefLabel":{"en":"Skills"},"type":["http://www.w3.org/2004/02/skos/core#ConceptScheme"],"uri":"http://ex.org/s"}"#)
    }

    @Test func outputIsDeterministic() throws {
        let triples = try NTriplesReader.read(Array(JSKOSFixtures.rich.utf8), file: "rich.nt").triples
        let forward = Vocabulary(graph: Graph(triples))
        let backward = Vocabulary(graph: Graph(triples.reversed()))
        let first = try JSKOSWriter.document(forward)
        #expect(first == (try JSKOSWriter.document(forward)))
        #expect(first == (try JSKOSWriter.document(backward)))
        #expect(try JSKOSWriter.ndjson(forward) == (try JSKOSWriter.ndjson(backward)))
    }

    @Test func ndjsonHasOneObjectPerLine() throws {
        for path in JSKOSFixtures.realVocabularies.prefix(2) {
            let vocabulary = Vocabulary(graph: try NTriplesReader.read(try JSKOSFixtures.bytes(path), file: path))
            let lines = text(try JSKOSWriter.ndjson(vocabulary)).split(separator: "\n")
            var objects = Set(vocabulary.schemes.map(\.iri))
            objects.formUnion(vocabulary.concepts.map(\.iri))
            objects.formUnion(vocabulary.collections.map(\.iri))
            let mappings = Set(vocabulary.mappings).count
            let parsed = try lines.map { try #require(try json(Array($0.utf8)) as? [String: Any]) }
            let trailing = parsed.last.map { $0.keys.sorted() == ["_triples"] } ?? false
            #expect(lines.count == objects.count + mappings + (trailing ? 1 : 0), "\(path)")
            #expect(!parsed.contains { $0["@context"] != nil })
            #expect(lines.count == (try graphObjects(vocabulary)).count + (trailing ? 1 : 0))
        }
    }

    @Test func prefLabelHoldsOneStringPerLanguage() throws {
        let objects = try graphObjects(try JSKOSFixtures.vocabulary(JSKOSFixtures.rich))
        let concept = try object("http://ex.org/a", in: objects)
        let prefLabel = try #require(concept["prefLabel"] as? [String: String])
        #expect(prefLabel == ["en": "arc welding", "en-gb": "welding (GB)", "nl": "lassen", "und": "weld (untagged)"])
        let extra = try #require(concept["_triples"] as? [String])
        #expect(extra.contains("<http://ex.org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> \"welding\"@en ."))
        #expect(extra.contains("<http://ex.org/a> <http://www.w3.org/2004/02/skos/core#altLabel> \"unknown-language label\"@und ."))
        #expect(extra.contains("<http://ex.org/a> <http://www.w3.org/2004/02/skos/core#notation> \"0042\"^^<http://www.w3.org/2001/XMLSchema#integer> ."))
        #expect(concept["notation"] as? [String] == ["A-1"])
        #expect(concept["created"] as? String == "2020-01-31T10:00:00Z")
        #expect(concept["modified"] as? String == "2021-05-06")
        #expect(concept["type"] as? [String] == [Namespace.skos + "Concept", "http://ex.org/SkillType"])
    }

    @Test func extensionKeysCarryWhatJSKOSCannotSay() throws {
        let vocabulary = try JSKOSFixtures.vocabulary(JSKOSFixtures.rich)
        let document = try #require(try json(try JSKOSWriter.document(vocabulary)) as? [String: Any])
        let objects = try #require(document["@graph"] as? [[String: Any]])
        let topLevel = try #require(document["_triples"] as? [String])
        #expect(topLevel.contains { $0.hasPrefix("<http://ex.org/ont> ") })
        #expect(!topLevel.contains { $0.hasPrefix("_:l") }, "the ordered collection's list travels with the collection")
        #expect((try object("http://ex.org/ord", in: objects)["_triples"] as? [String])?.count == 5)
        let nested = try #require(try object("http://ex.org/b", in: objects)["narrower"] as? [[String: Any]])
        #expect(nested.first?["_bnode"] as? String == "_:anon")
        #expect(nested.first?["prefLabel"] as? [String: String] == ["en": "anonymous narrower"])
        let qualified = try #require(try object("http://ex.org/a", in: objects)["qualifiedLiterals"] as? [String: [[String: Any]]])
        let xlPref = try #require(qualified[Namespace.skosxl + "prefLabel"]?.first)
        #expect(xlPref["_bnode"] as? String == "_:xl1")
        #expect(xlPref["type"] as? [String] == [Namespace.skosxl + "Label"])
        #expect((xlPref["literal"] as? [String: String]) == ["string": "welding (XL)", "language": "en"])
        let mappings = objects.filter { $0["from"] != nil }
        #expect(mappings.count == 5)
        let close = try #require(mappings.first { ($0["type"] as? [String]) == [MatchType.close.property] })
        #expect(close["_bnode"] as? String == "_:ax1")
        #expect(close["creator"] as? [[String: String]] == [["uri": "http://ex.org/people/ann"], ["uri": "http://ex.org/people/bob"]])
        #expect(close["note"] as? [String: [String]] == ["en": ["checked twice"]])
        #expect(close["partOf"] as? [[String: String]] == [["uri": "http://ex.org/sets/1"]])
        #expect(close["created"] as? String == "2023-04-05")
        #expect(close["justification"] as? String == "https://w3id.org/semapv/vocab/ManualMappingCuration")
        #expect((close["_triples"] as? [String])?.count == 1)
        #expect(close["toScheme"] == nil, "the target is not in this vocabulary")
        let broad = try #require(mappings.first { ($0["type"] as? [String]) == [MatchType.broad.property] })
        #expect(broad["_asserted"] as? Bool == false)
        let narrow = try #require(mappings.first { ($0["type"] as? [String]) == [MatchType.narrow.property] })
        #expect(narrow["uri"] as? String == "http://ex.org/ax2")
        #expect(narrow["mappingRelevance"] == nil, "xsd:decimal 0.50 would come back as xsd:double")
        #expect((narrow["_triples"] as? [String])?.count == 3)
    }

    @Test func documentCarriesPrefixes() throws {
        var graph = try NTriplesReader.read(Array(Self.small.utf8), file: "small.nt")
        graph.declarePrefix("skos", Namespace.skos)
        graph.declarePrefix("ex", "http://ex.org/")
        let document = try #require(try json(try JSKOSWriter.document(Vocabulary(graph: graph))) as? [String: Any])
        #expect(document["_prefixes"] as? [String: String] == ["skos": Namespace.skos, "ex": "http://ex.org/"])
        let back = try JSKOSReader.read(try JSKOSWriter.document(Vocabulary(graph: graph)), file: "p.json")
        #expect(Set(back.prefixes.map(\.prefix)) == ["skos", "ex"])
    }

    /// With `JSKOS_INTEROP_DIR` set, writes `NAME.json`, `NAME.ndjson` and the reference
    /// `NAME.nt` for `Tests/interop/jskos_jsonld_check.py`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["JSKOS_INTEROP_DIR"] != nil))
    func writeInteropInputs() throws {
        let directory = ProcessInfo.processInfo.environment["JSKOS_INTEROP_DIR"]!
        var inputs = [("rich", try JSKOSFixtures.vocabulary(JSKOSFixtures.rich))]
        for path in JSKOSFixtures.realVocabularies {
            let name = String(path.split(separator: "/").last!.dropLast(".sorted.nt".count))
            inputs.append((name, Vocabulary(graph: try NTriplesReader.read(try JSKOSFixtures.bytes(path), file: path))))
        }
        for (name, vocabulary) in inputs {
            try Data(try JSKOSWriter.document(vocabulary)).write(to: URL(fileURLWithPath: "\(directory)/\(name).json"))
            try Data(try JSKOSWriter.ndjson(vocabulary)).write(to: URL(fileURLWithPath: "\(directory)/\(name).ndjson"))
            let output = try OutputFile(path: "\(directory)/\(name).nt")
            try NTriplesWriter.write(vocabulary.graph(), to: output, sorted: true)
            try output.commit()
        }
    }
}
