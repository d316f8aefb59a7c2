import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// `suggest --accept`: reviewed rows merged into the mapping set file of their schemes, with
/// provenance, rejected rows left out, the file replaced atomically, a second merge a no-op.
@Suite struct MappingSetMergerTests {
    static let mappingSet = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rdf:RDF
      xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
      xmlns:skos="http://www.w3.org/2004/02/skos/core#"
      xmlns:dcterms="http://purl.org/dc/terms/"
      xmlns:owl="http://www.w3.org/2002/07/owl#"
      xmlns:sssom="https://w3id.org/sssom/"
      xml:base="https://data.vaktaal.nl/">

      <rdf:Description rdf:about="https://data.vaktaal.nl/metaal/MB-001">
        <skos:broadMatch rdf:resource="https://data.vaktaal.nl/hub/H01"/>
      </rdf:Description>

      <sssom:MappingSet rdf:about="https://data.vaktaal.nl/mappings/metaal-hub">
        <dcterms:title xml:lang="nl">Metaal naar hub</dcterms:title>
        <sssom:mapping_set_id rdf:resource="https://data.vaktaal.nl/mappings/metaal-hub"/>
        <sssom:license rdf:resource="https://creativecommons.org/licenses/by/4.0/"/>
        <sssom:subject_source rdf:resource="https://data.vaktaal.nl/metaal"/>
        <sssom:object_source rdf:resource="https://data.vaktaal.nl/hub"/>
        <sssom:mappings>
          <owl:Axiom>
            <owl:annotatedSource rdf:resource="https://data.vaktaal.nl/metaal/MB-001"/>
            <owl:annotatedProperty rdf:resource="http://www.w3.org/2004/02/skos/core#broadMatch"/>
            <owl:annotatedTarget rdf:resource="https://data.vaktaal.nl/hub/H01"/>
            <sssom:mapping_justification rdf:resource="https://w3id.org/semapv/vocab/ManualMappingCuration"/>
            <sssom:confidence rdf:datatype="http://www.w3.org/2001/XMLSchema#double">0.85</sssom:confidence>
          </owl:Axiom>
        </sssom:mappings>
      </sssom:MappingSet>

    </rdf:RDF>

    """

    static let review = """
    #curie_map:
    #  vaktaal.hub: https://data.vaktaal.nl/hub/
    #  vaktaal.metaal: https://data.vaktaal.nl/metaal/
    #  orcid: https://orcid.org/
    #mapping_set_id: https://data.vaktaal.nl/mappings/suggestions/metaal-hub
    #license: https://creativecommons.org/licenses/by/4.0/
    subject_id\tpredicate_id\tobject_id\tobject_label\tmapping_justification\tconfidence\tauthor_id\tpredicate_modifier\tcomment
    vaktaal.metaal:MB-021\tskos:exactMatch\tvaktaal.hub:H01.02.02\thardsolderen\tsemapv:LexicalMatching\t0.93\t\t\tlabel 'hardsolderen' & more
    vaktaal.metaal:MB-021\tnoMatch\tvaktaal.hub:H01.02\tsolderen\tsemapv:LexicalMatching\t0.6\t\t\t
    vaktaal.metaal:MB-022\t\tvaktaal.hub:H01.02.01\tzachtsolderen\tsemapv:LexicalMatching\t0.6\t\t\t
    vaktaal.metaal:MB-023\tskos:closeMatch\tvaktaal.hub:H01.02.01\tzachtsolderen\tsemapv:LexicalMatching\t0.5\t\tNot\t
    vaktaal.metaal:MB-024\tskos:broadMatch\tvaktaal.hub:H01.02\tsolderen\tsemapv:CompositeMatching\t0.7\torcid:0000-0002-1825-0097\t\t
    vaktaal.hub:H01.03\tskos:narrowMatch\tvaktaal.metaal:MB-025\tlijmen\tsemapv:LexicalMatching\t0.8\t\t\t

    """

    static func vocabulary() -> Vocabulary {
        var vocabulary = Vocabulary()
        for scheme in ["https://data.vaktaal.nl/metaal", "https://data.vaktaal.nl/hub"] { vocabulary.upsert(ConceptScheme(iri: scheme)) }
        for iri in ["metaal/MB-001", "metaal/MB-021", "metaal/MB-022", "metaal/MB-023", "metaal/MB-024", "metaal/MB-025",
                    "hub/H01", "hub/H01.02", "hub/H01.02.01", "hub/H01.02.02", "hub/H01.03"] {
            var concept = Concept(iri: "https://data.vaktaal.nl/" + iri)
            concept.inSchemes = ["https://data.vaktaal.nl/" + iri.split(separator: "/")[0]]
            vocabulary.upsert(concept)
        }
        return vocabulary
    }

    static func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "vaktaal-accept-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try mappingSet.write(toFile: folder + "/metaal-hub.rdf", atomically: true, encoding: .utf8)
        return folder
    }

    static func merge(into folder: String, author: String? = "https://data.vaktaal.nl/agent/reviewer") throws -> [MappingSetMerger.Change] {
        let review = try SSSOMReview.read(Array(Self.review.utf8), file: "review.sssom.tsv")
        return try MappingSetMerger.merge(review.accepted, into: folder, vocabulary: vocabulary(), objectLabels: review.objectLabels,
                                          provenance: .init(author: author, date: "2026-12-08"))
    }

    @Test func rejectedRowsAreLeftOut() throws {
        let review = try SSSOMReview.read(Array(Self.review.utf8), file: "review.sssom.tsv")
        #expect(review.rejected == 3)
        #expect(review.accepted.count == 3)
        #expect(Set(review.accepted.map { $0.subject.split(separator: "/").last! }) == ["MB-021", "MB-024", "H01.03"])
    }

    @Test func keptRowsAreMergedWithProvenance() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let changes = try Self.merge(into: folder)
        #expect(changes == [MappingSetMerger.Change(path: folder + "/metaal-hub.rdf", added: 3, present: 0, created: false)])
        let text = try String(contentsOfFile: folder + "/metaal-hub.rdf", encoding: .utf8)
        // The hand layout is kept: the old text is still there, line for line.
        #expect(text.contains("<skos:broadMatch rdf:resource=\"https://data.vaktaal.nl/hub/H01\"/>"))
        #expect(text.contains("&amp; more"))
        let vocabulary = try VocabularyLoader.loadVocabulary(paths: [folder + "/metaal-hub.rdf"])
        #expect(vocabulary.mappings.count == 4)
        let exact = try #require(vocabulary.mappings.first { $0.subject.hasSuffix("MB-021") })
        #expect(exact.type == .exact && exact.object.hasSuffix("H01.02.02"))
        #expect(exact.justification == Namespace.semapv + "ManualMappingCuration")
        #expect(exact.authors == ["https://data.vaktaal.nl/agent/reviewer"])
        #expect(exact.date?.lexicalForm == "2026-12-08")
        #expect(exact.confidence == 0.93)
        #expect(exact.mappingSet == "https://data.vaktaal.nl/mappings/metaal-hub")
        // The row's own author wins over the option.
        #expect(vocabulary.mappings.first { $0.subject.hasSuffix("MB-024") }?.authors == ["https://orcid.org/0000-0002-1825-0097"])
        // A row stated from the hub is written the way the file runs, inverted.
        let inverted = try #require(vocabulary.mappings.first { $0.subject.hasSuffix("MB-025") })
        #expect(inverted.type == .broad && inverted.object.hasSuffix("H01.03"))
        #expect(!vocabulary.mappings.contains { $0.subject.hasSuffix("MB-022") || $0.subject.hasSuffix("MB-023") })
        // Replaced by rename: no temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["metaal-hub.rdf"])
    }

    @Test func aSecondMergeChangesNothing() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try Self.merge(into: folder)
        let once = try Data(contentsOf: URL(fileURLWithPath: folder + "/metaal-hub.rdf"))
        let changes = try Self.merge(into: folder)
        #expect(changes.map(\.added) == [0])
        #expect(changes.map(\.present) == [3])
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/metaal-hub.rdf")) == once)
    }

    @Test func withoutAnAuthorNothingIsWritten() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: MappingSetMerger.MissingAuthor.self) { try Self.merge(into: folder, author: nil) }
        #expect(try String(contentsOfFile: folder + "/metaal-hub.rdf", encoding: .utf8) == Self.mappingSet)
    }

    @Test func aPairWithoutAFileGetsANewOne() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var vocabulary = Self.vocabulary()
        vocabulary.upsert(ConceptScheme(iri: "https://data.vaktaal.nl/metalektro"))
        var concept = Concept(iri: "https://data.vaktaal.nl/metalektro/ME-001")
        concept.inSchemes = ["https://data.vaktaal.nl/metalektro"]
        vocabulary.upsert(concept)
        var mapping = Mapping(subject: concept.iri, type: .close, object: "https://data.vaktaal.nl/metaal/MB-021")
        mapping.confidence = 0.7
        let changes = try MappingSetMerger.merge([mapping], into: folder, vocabulary: vocabulary,
                                                 provenance: .init(author: "https://data.vaktaal.nl/agent/reviewer", date: "2026-12-08"))
        #expect(changes.first?.created == true)
        #expect(changes.first?.path == folder + "/metalektro-metaal.rdf")
        let read = try VocabularyLoader.loadVocabulary(paths: [folder + "/metalektro-metaal.rdf"])
        #expect(read.mappings.count == 1)
        #expect(read.mappings.first?.mappingSet == "https://data.vaktaal.nl/mappings/metalektro-metaal")
    }
}
