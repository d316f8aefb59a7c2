import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// Reading JSKOS from the specification's examples and from other tools.
@Suite struct JSKOSReaderTests {
    private func read(_ text: String, file: String = "input.json") throws -> Vocabulary {
        try JSKOSReader.read(Array(text.utf8), file: file)
    }

    private func readExample(_ name: String) throws -> Vocabulary {
        try JSKOSReader.read(try JSKOSFixtures.bytes("jskos/examples/" + name), file: name)
    }

    /// The error reading `text` gives, or nil when it reads.
    private func failure(_ text: String) -> ParseError? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error as? ParseError
        }
    }

    /// The spec's examples that come with N-Triples made by jsonld.js from the JSKOS context.
    static let examplesWithReference = [
        "example.concept", "gnd.scheme", "with-concepts.scheme", "ddc-612.112.concept", "ddc-641.5.concept",
        "ddc-305.40941109033.concept", "gnd-4130604-1.concept", "gnd-7507432-1.concept", "qualified-literal.concept",
        "qualified-relation-1.concept", "qualified.concept", "example.item", "geo.item", "gvk-co.occurrence",
    ]

    /// Our reading agrees with JSON-LD on every example, except that dates get real XSD datatypes
    /// where the context's undeclared `xsd:` prefix gives `<xsd:date>`.
    @Test(arguments: examplesWithReference)
    func exampleGivesTheReferenceTriples(_ name: String) throws {
        let vocabulary = try readExample(name + ".json")
        let text = String(decoding: try JSKOSFixtures.bytes("jskos/examples/\(name).nt"), as: UTF8.self)
            .replacingOccurrences(of: "^^<xsd:", with: "^^<" + Namespace.xsd)
        let reference = try NTriplesReader.read(Array(text.utf8), file: name + ".nt")
        let graph = vocabulary.graph()
        #expect(graph.count == reference.count)
        #expect(graph.isIsomorphic(to: reference), "\(graph.triples.sorted().map(\.description).joined(separator: "\n"))")
    }

    @Test func conceptExampleHasItsValues() throws {
        let vocabulary = try readExample("example.concept.json")
        let concept = try #require(vocabulary.concept("http://example.org/terminology/P"))
        #expect(concept.isTyped)
        #expect(Set(concept.labels[.preferred] ?? []) == [LangString("peace", language: "en"), LangString("Frieden", language: "de")])
        #expect(concept.labels[.alternative] == [LangString("Friede", language: "de")])
        #expect(concept.notations == [Literal("P")])
        #expect(concept.notes(.scopeNote).count == 2)
        #expect(concept.narrower.isEmpty, "the narrower concept has no URI: a blank node, kept as extra triples")
        #expect(vocabulary.extraTriples.count == 6)
    }

    @Test func schemeExampleHasItsValues() throws {
        let vocabulary = try readExample("gnd.scheme.json")
        let scheme = try #require(vocabulary.scheme("http://d-nb.info/gnd/7749153-1"))
        #expect(scheme.prefLabels.count == 4, "the language range \"-\" is a closed-world marker, not a label")
        #expect(scheme.prefLabels.contains(LangString("Gemeinsame Normdatei", language: "de")))
        #expect(scheme.notations == [Literal("GND")])
    }

    @Test func mappingExampleBecomesAnAnnotatedSKOSMapping() throws {
        let vocabulary = try readExample("ddc-gnd-1.mapping.json")
        #expect(vocabulary.mappings.count == 1)
        let mapping = try #require(vocabulary.mappings.first)
        #expect(mapping.subject == "http://dewey.info/class/612.112/e22/")
        #expect(mapping.type == .close)
        #expect(mapping.object == "http://d-nb.info/gnd/4074195-3")
        #expect(mapping.isAsserted)
        #expect(mapping.justification == "https://w3id.org/semapv/vocab/ManualMappingCuration")
        #expect(mapping.annotation?.isBlank == true)
        let from = try #require(vocabulary.concept("http://dewey.info/class/612.112/e22/"))
        #expect(from.inSchemes == ["http://dewey.info/scheme/edition/e22/"], "fromScheme puts the concept in that scheme")
        #expect(from.notations == [Literal("612.112")])
        #expect(vocabulary.concept("http://d-nb.info/gnd/4074195-3")?.prefLabel("de") == "Leukozyt")
        #expect(vocabulary.extraTriples.contains { $0.predicate == Namespace.sssom + "mapping_tool" })
    }

    @Test func mappingToSeveralConceptsIsRejectedWithItsLocation() throws {
        do {
            _ = try readExample("ddc-gnd-2.mapping.json")
            Issue.record("a mapping to a choice of seven concepts must not be read as SKOS")
        } catch let error as ParseError {
            #expect(error.format == "JSKOS")
            #expect(error.message.hasPrefix("$.to.memberChoice:"))
            #expect(error.message.contains("7"))
            #expect(error.location.line == 11 && error.location.column == 25)
        }
    }

    @Test func mappingWithoutConceptURIIsRejected() throws {
        let error = try #require(throws: ParseError.self) { try readExample("mapping-ddc-gnd.json") }
        #expect(error.message.hasPrefix("$[0].from.memberSet[0]:"))
        #expect(error.location.line == 13)
    }

    struct InvalidExample: Sendable, CustomStringConvertible {
        let file: String
        let path: String
        let line: Int
        let column: Int
        var description: String { file }
    }

    static let invalidExamples = [
        InvalidExample(file: "fields.occurrence.json", path: "$.memberSet:", line: 3, column: 16),
        InvalidExample(file: "label.service.json", path: "$.prefLabel:", line: 2, column: 16),
        InvalidExample(file: "labels.concept.json", path: "$.inScheme[0].altLabel.en[0]:", line: 6, column: 11),
        InvalidExample(file: "unknown-field.concordance.schema.json", path: "$.xxx:", line: 2, column: 10),
        InvalidExample(file: "unknown-field.scheme.schema.json", path: "$.xxx:", line: 2, column: 10),
        InvalidExample(file: "uri.item.json", path: "$.uri:", line: 1, column: 10),
    ]

    @Test(arguments: invalidExamples)
    func invalidExampleIsRejectedWithPathAndLocation(_ example: InvalidExample) throws {
        let error = try #require(throws: ParseError.self) { try readExample("invalid/" + example.file) }
        #expect(error.format == "JSKOS")
        #expect(error.message.hasPrefix(example.path), "\(error)")
        #expect(error.location.line == example.line)
        #expect(error.location.column == example.column)
        #expect(error.sourceLine != nil)
    }

    @Test func wrongShapesNameTheirPath() throws {
        let cases: [(String, String)] = [
            (#"{"@graph": [{"uri": "http://x.org/1", "prefLabel": ["a"]}]}"#, "$.@graph[0].prefLabel:"),
            (#"{"uri": "http://x.org/1", "altLabel": {"en": [1]}}"#, "$.altLabel.en[0]:"),
            (#"{"uri": "http://x.org/1", "prefLabel": {"en_US": "x"}}"#, "$.prefLabel.en_US:"),
            (#"{"uri": "relative/iri"}"#, "$.uri:"),
            (#"{"uri": "http://x.org/1", "created": "yesterday"}"#, "$.created:"),
            (#"{"uri": "http://x.org/1", "broader": [[{"uri": "http://x.org/2"}]]}"#, "$.broader[0]:"),
            (#"{"uri": "http://x.org/1", "_triples": ["<a> <b> <c> ."]}"#, "$._triples[0]:"),
            (#"{"uri": "http://x.org/1", "_triples": "<http://a> <http://b> <http://c> ."}"#, "$._triples:"),
            (#"{"uri": "http://x.org/1", "_bnode": "_:b"}"#, "$._bnode:"),
            (#"{"_bnode": "b1"}"#, "$._bnode:"),
            (#"{"@context": {"x": "http://x"}}"#, "$.@context:"),
            (#"{"@graph": {}}"#, "$.@graph:"),
            (#"{"@graph": [], "prefLabel": {}}"#, "$.prefLabel:"),
            (#""just a string""#, "$:"),
            (#"[{"uri": "http://x.org/1"}, 3]"#, "$[1]:"),
            (#"{"qualifiedLiterals": {"prefLabel": []}}"#, "$.qualifiedLiterals.prefLabel:"),
            (#"{"from": {"memberSet": [{"uri": "http://x.org/1"}]}}"#, "$:"),
            (#"{"from": {"memberSet": [{"uri": "http://x.org/1"}]}, "to": {"memberSet": [{"uri": "http://y.org/1"}]}}"#, "$:"),
            (#"{"type": ["http://www.w3.org/2004/02/skos/core#mappingRelation"], "from": {"memberSet": [{"uri": "http://x.org/1"}]}, "to": {"memberSet": [{"uri": "http://y.org/1"}]}}"#, "$.type:"),
            (#"{"type": ["http://www.w3.org/2004/02/skos/core#exactMatch"], "from": {"memberSet": [{"uri": "http://x.org/1"}]}, "to": {"memberSet": []}}"#, "$.to.memberSet:"),
            (#"{"type": ["http://www.w3.org/2004/02/skos/core#exactMatch"], "from": {"memberSet": [{"uri": "http://x.org/1"}]}, "to": {"memberSet": [{"uri": "http://y.org/1"}]}, "mappingRelevance": 1.5}"#, "$.mappingRelevance:"),
            (#"{"type": ["http://www.w3.org/2004/02/skos/core#exactMatch"], "from": {"memberSet": [{"uri": "http://x.org/1"}]}, "to": {"memberSet": [{"uri": "http://y.org/1"}]}, "_asserted": "no"}"#, "$._asserted:"),
        ]
        for (text, path) in cases {
            let error = try #require(failure(text), "should be rejected: \(text)")
            #expect(error.format == "JSKOS")
            #expect(error.message.hasPrefix(path), "\(text) → \(error.message)")
            #expect(error.location.line == 1 && error.location.column > 0)
        }
    }

    @Test func ndjsonErrorsNameTheLine() throws {
        let text = "{\"uri\": \"http://x.org/1\"}\n{\"uri\": \"http://x.org/2\", \"notation\": [true]}\n"
        let error = try #require(failure(text))
        #expect(error.message.hasPrefix("line 2: $.notation[0]: expected a string"), "\(error.message)")
        #expect(error.location.line == 2)
        #expect(error.location.column == 40)
    }

    /// Value shapes the JSKOS schema refuses: sets of resources are arrays of objects, a
    /// preferred label is one string per language, other labels arrays of strings.
    @Test func shapesTheSchemaRefusesAreErrors() throws {
        let cases: [(String, String, Int)] = [
            (#"{"uri": "http://x.org/1", "broader": "http://x.org/2"}"#, "$.broader: expected an array of objects", 38),
            (#"{"uri": "http://x.org/1", "narrower": 42}"#, "$.narrower: expected an array of objects", 39),
            (#"{"uri": "http://x.org/1", "narrower": ["http://x.org/2"]}"#, "$.narrower[0]: expected an object", 40),
            (#"{"uri": "http://x.org/1", "inScheme": {"uri": "http://x.org/s"}}"#, "$.inScheme: expected an array of objects", 39),
            (#"{"uri": "http://x.org/1", "prefLabel": {"nl": ["een", "één"]}}"#, "$.prefLabel.nl: expected one string", 47),
            (#"{"uri": "http://x.org/1", "altLabel": {"nl": "een"}}"#, "$.altLabel.nl: expected an array of strings", 46),
        ]
        for (text, message, column) in cases {
            let error = try #require(failure(text), "should be rejected: \(text)")
            #expect(error.format == "JSKOS")
            #expect(error.message.hasPrefix(message), "\(text) → \(error.message)")
            #expect(error.location.line == 1 && error.location.column == column, "\(text) → \(error.location)")
        }
    }

    @Test func untaggedStringsAndClosedWorldMarkers() throws {
        let vocabulary = try read(#"""
        {"uri": "http://x.org/1", "type": ["http://www.w3.org/2004/02/skos/core#Concept"],
         "prefLabel": {"und": "plain", "en": "English", "-": ""},
         "altLabel": {"@none": ["none"], "EN-GB": ["british"], "en-": [""]},
         "notation": ["N1", null], "broader": [null], "_comment": "ignored", "ABC": 1}
        """#)
        let concept = try #require(vocabulary.concept("http://x.org/1"))
        #expect(Set(concept.labels[.preferred] ?? []) == [LangString("plain"), LangString("English", language: "en")])
        #expect(Set(concept.labels[.alternative] ?? []) == [LangString("none"), LangString("british", language: "en-gb")])
        #expect(concept.notations == [Literal("N1")])
        #expect(concept.broader.isEmpty)
    }

    @Test func acceptsArraysNDJSONAndSingleObjects() throws {
        let concept = #"{"uri": "http://x.org/1", "prefLabel": {"en": "one"}, "inScheme": [{"uri": "http://x.org/s"}]}"#
        let scheme = #"{"uri": "http://x.org/s", "type": ["http://www.w3.org/2004/02/skos/core#ConceptScheme"]}"#
        let mapping = #"{"type": ["http://www.w3.org/2004/02/skos/core#exactMatch"], "from": {"memberSet": [{"uri": "http://x.org/1"}]}, "to": {"memberSet": [{"uri": "http://y.org/9"}]}, "mappingRelevance": 0.75, "created": "2024-01-02", "creator": [{"uri": "https://orcid.org/0000-0001"}], "note": {"en": ["ok"]}}"#
        for text in ["[\(concept), \(scheme), \(mapping)]", "\(concept)\n\(scheme)\n\(mapping)\n", "\r\n\(concept)\r\n\r\n\(scheme)\r\n\(mapping)"] {
            let vocabulary = try read(text)
            #expect(vocabulary.concepts.map(\.iri) == ["http://x.org/1"])
            #expect(vocabulary.schemes.map(\.iri) == ["http://x.org/s"])
            let read = try #require(vocabulary.mappings.first)
            #expect(read.confidenceLiteral == Literal("0.75", datatype: Namespace.xsd + "double"))
            #expect(read.date == Literal("2024-01-02", datatype: Namespace.xsd + "date"))
            #expect(read.authors == ["https://orcid.org/0000-0001"])
            #expect(read.comment == LangString("ok", language: "en"))
        }
        #expect(try read(concept).concepts.count == 1)
        #expect(try read("").concepts.isEmpty)
        #expect(try read("  \n ").concepts.isEmpty)
    }

    @Test func conceptsMappingsFieldIsReadAsMappings() throws {
        let vocabulary = try read(#"""
        {"uri": "http://x.org/1", "prefLabel": {"en": "one"}, "mappings": [
          {"type": ["http://www.w3.org/2004/02/skos/core#broadMatch"],
           "from": {"memberSet": [{"uri": "http://x.org/1"}]}, "to": {"memberList": [{"uri": "http://y.org/2"}]}}]}
        """#)
        #expect(vocabulary.mappings.map(\.type) == [.broad])
        #expect(vocabulary.mappings.first?.annotation == nil)
    }

    @Test func mediaNeedsARemoteContextAndIsSkipped() throws {
        let vocabulary = try readExample("media.concept.json")
        #expect(vocabulary.graph().count == 0)
    }
}
