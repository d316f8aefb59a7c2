import Foundation
import Testing
import VaktaalModel

/// Two small versions built in code, one change of each kind.
private enum DiffFixture {
    static let scheme = "https://example.org/s"
    static let other = "https://example.org/other"

    static func iri(_ id: String) -> String { scheme + "/" + id }

    static func concept(_ id: String, _ labels: [String: String], broader: [String] = []) -> Concept {
        var concept = Concept(iri: iri(id))
        concept.labels[.preferred] = labels.map { LangString($0.value, language: $0.key) }
        concept.inSchemes = [scheme]
        concept.notations = [Literal(id)]
        concept.broader = broader.map(iri)
        return concept
    }

    static func version(_ number: String) -> Vocabulary {
        var vocabulary = Vocabulary()
        var scheme = ConceptScheme(iri: Self.scheme)
        scheme.versions = [Literal(number)]
        scheme.topConcepts = [iri("A")]
        vocabulary.upsert(scheme)
        return vocabulary
    }

    static func old() -> Vocabulary {
        var vocabulary = version("1")
        vocabulary.upsert(concept("A", ["nl": "a", "en": "a"]))
        vocabulary.upsert(concept("B", ["nl": "b", "en": "b"], broader: ["A"]))
        vocabulary.upsert(concept("C", ["nl": "c"], broader: ["A"]))
        var d = concept("D", ["nl": "d", "en": "dee"], broader: ["B"])
        d.notes[.definition] = [LangString("oude definitie", language: "nl")]
        vocabulary.upsert(d)
        vocabulary.upsert(concept("E", ["nl": "e"], broader: ["A"]))
        vocabulary.upsert(concept("F", ["nl": "f"], broader: ["A"]))
        vocabulary.mappings = [
            Mapping(subject: iri("B"), type: .exact, object: other + "/X1"),
            Mapping(subject: iri("C"), type: .close, object: other + "/X2"),
            Mapping(subject: iri("D"), type: .exact, object: other + "/X3"),
        ]
        return vocabulary
    }

    static func new() -> Vocabulary {
        var vocabulary = version("2")
        vocabulary.upsert(concept("A", ["nl": "a", "en": "a"]))
        vocabulary.upsert(concept("B", ["nl": "b herzien", "en": "b"], broader: ["A"]))
        vocabulary.upsert(concept("C", ["nl": "c"], broader: ["B"]))
        var d = concept("D", ["nl": "d", "fr": "dé"], broader: ["B"])
        d.labels[.alternative] = [LangString("dd", language: "nl")]
        d.notes[.definition] = [LangString("nieuwe definitie", language: "nl")]
        vocabulary.upsert(d)
        var f = concept("F", ["nl": "f"], broader: ["A"])
        f.isDeprecated = true
        f.replacedBy = [iri("A")]
        vocabulary.upsert(f)
        vocabulary.upsert(concept("G", ["nl": "g"], broader: ["A"]))
        vocabulary.mappings = [
            Mapping(subject: iri("B"), type: .exact, object: other + "/X1"),
            Mapping(subject: iri("C"), type: .exact, object: other + "/X2"),
            Mapping(subject: iri("G"), type: .exact, object: other + "/X4"),
        ]
        return vocabulary
    }
}

@Suite("VocabularyDiff")
struct VocabularyDiffTests {
    let diff = VocabularyDiff(old: DiffFixture.old(), new: DiffFixture.new())

    @Test func conceptsAddedRemovedAndChanged() {
        #expect(diff.added.map(\.iri) == [DiffFixture.iri("G")])
        #expect(diff.removed.map(\.iri) == [DiffFixture.iri("E")])
        #expect(diff.changed.map(\.iri) == ["B", "C", "D", "F"].map(DiffFixture.iri))
        #expect(diff.summary.concepts == .init(added: 1, removed: 1, changed: 4))
        #expect(diff.hasDifferences)
        #expect(diff.added.first?.broader == [DiffFixture.iri("A")])
    }

    @Test func relabellingIsKeptApartFromLanguagesAddedAndDropped() throws {
        let b = try #require(diff.changed.first { $0.iri == DiffFixture.iri("B") })
        #expect(b.labels == [TextChange(property: "prefLabel", language: "nl", change: .changed, added: ["b herzien"], removed: ["b"])])
        let d = try #require(diff.changed.first { $0.iri == DiffFixture.iri("D") })
        let changes = (d.labels ?? []).map { "\($0.property)@\($0.language ?? "")=\($0.change.rawValue)" }
        #expect(changes == ["prefLabel@en=languageDropped", "prefLabel@fr=languageAdded", "altLabel@nl=languageAdded"])
        #expect(diff.summary.prefLabels == .init(changed: 1, languagesAdded: 1, languagesDropped: 1))
        #expect(diff.summary.altLabels == .init(added: 1, removed: 0))
        #expect(d.notes == [TextChange(property: "definition", language: "nl", change: .changed,
                                       added: ["nieuwe definitie"], removed: ["oude definitie"])])
        #expect(diff.summary.notes == ["definition": 1])
    }

    @Test func moveDeprecationAndReplacement() throws {
        let c = try #require(diff.changed.first { $0.iri == DiffFixture.iri("C") })
        #expect(c.moved == true)
        #expect(c.broader == SetDelta(added: [DiffFixture.iri("B")], removed: [DiffFixture.iri("A")]))
        let f = try #require(diff.changed.first { $0.iri == DiffFixture.iri("F") })
        #expect(f.deprecation == .deprecated)
        #expect(f.replacedBy?.added == [DiffFixture.iri("A")])
        #expect(diff.summary.moved == 1)
        #expect(diff.summary.deprecated == 1)
        #expect(diff.summary.replaced == 1)
        // Statements: C's broader A→B (+1 −1), G's broader (+1), E's broader (−1).
        #expect(diff.summary.broader == .init(added: 2, removed: 2))
        #expect(diff.summary.hierarchy == .init(added: 2, removed: 2))
        #expect(diff.summary.inScheme == .init(added: 1, removed: 1))
    }

    @Test func mappingsPerTargetScheme() {
        let changes = diff.mappings.map { "\($0.subject.suffix(1)) \($0.change.rawValue) \($0.object.suffix(2))" }
        #expect(changes == ["C retyped X2", "D removed X3", "G added X4"])
        #expect(diff.summary.mappings == [DiffFixture.other: .init(added: 1, removed: 1, changed: 1)])
        let retyped = diff.mappings[0]
        #expect(retyped.oldTypes == [.close] && retyped.newTypes == [.exact])
    }

    @Test func schemeMetadata() throws {
        let scheme = try #require(diff.schemes.first)
        #expect(scheme.change == .changed)
        #expect(scheme.properties == [PropertyChange(property: "owl:versionInfo", added: ["\"2\""], removed: ["\"1\""])])
        #expect(scheme.topConcepts == nil)
        #expect(diff.summary.schemes == .init(added: 0, removed: 0, changed: 1))
    }

    @Test func noDifferencesWithItself() {
        let same = VocabularyDiff(old: DiffFixture.old(), new: DiffFixture.old())
        #expect(!same.hasDifferences)
        #expect(same.summary == DiffSummary())
    }

    @Test func languageFilterKeepsOnlyThatLanguage() {
        let english = VocabularyDiff(old: DiffFixture.old(), new: DiffFixture.new(), options: DiffOptions(language: "en"))
        let labels = english.changed.flatMap { $0.labels ?? [] }
        #expect(labels.map { $0.language } == ["en"])
        #expect(english.summary.prefLabels == .init(changed: 0, languagesAdded: 0, languagesDropped: 1))
        #expect(english.summary.notes.isEmpty)
        #expect(english.changed.first { $0.iri == DiffFixture.iri("B") } == nil)
    }

    @Test func schemeFilterKeepsOnlyItsConcepts() {
        var old = DiffFixture.old(), new = DiffFixture.new()
        var outside = Concept(iri: "https://example.org/t/Z")
        outside.inSchemes = ["https://example.org/t"]
        new.upsert(outside)
        let all = VocabularyDiff(old: old, new: new)
        #expect(all.added.count == 2)
        let only = VocabularyDiff(old: old, new: new, options: DiffOptions(scheme: DiffFixture.scheme))
        #expect(only.added.map(\.iri) == [DiffFixture.iri("G")])
        old.upsert(outside)
        #expect(VocabularyDiff(old: old, new: new, options: DiffOptions(scheme: "https://example.org/t")).hasDifferences == false)
    }

    @Test func hierarchyStatedAsNarrowerOnTheParentCounts() throws {
        var old = DiffFixture.version("1"), new = DiffFixture.version("1")
        var a = DiffFixture.concept("A", ["nl": "a"]), b = DiffFixture.concept("B", ["nl": "b"])
        let c = DiffFixture.concept("C", ["nl": "c"])
        a.narrower = [DiffFixture.iri("C")]
        for concept in [a, b, c] { old.upsert(concept) }
        a.narrower = []
        b.narrower = [DiffFixture.iri("C")]
        for concept in [a, b, c] { new.upsert(concept) }
        let diff = VocabularyDiff(old: old, new: new)
        let moved = try #require(diff.changed.first { $0.iri == DiffFixture.iri("C") })
        #expect(moved.moved == true)
        #expect(diff.summary.moved == 1)
        #expect(diff.summary.narrower == .init(added: 1, removed: 1))
        #expect(diff.summary.broader == .init())
        #expect(diff.summary.hierarchy == .init(added: 1, removed: 1))
    }

    @Test func impactOnOtherVocabularies() throws {
        var sector = Vocabulary()
        sector.mappings = [
            Mapping(subject: "https://example.org/m/1", type: .exact, object: DiffFixture.iri("E")),
            Mapping(subject: "https://example.org/m/2", type: .close, object: DiffFixture.iri("F")),
            Mapping(subject: DiffFixture.iri("E"), type: .broad, object: "https://example.org/m/3"),
            Mapping(subject: "https://example.org/m/4", type: .exact, object: DiffFixture.iri("A")),
        ]
        let diff = VocabularyDiff(old: DiffFixture.old(), new: DiffFixture.new(), others: [("sector.rdf", sector)])
        let impact = try #require(diff.impact)
        #expect(impact.map { "\($0.concept.suffix(1)) \($0.reason.rawValue)" } == ["E removed", "E removed", "F deprecated"])
        #expect(impact.last?.replacedBy == [DiffFixture.iri("A")])
        #expect(diff.summary.brokenMappings == 3)
        #expect(VocabularyDiff(old: DiffFixture.old(), new: DiffFixture.new()).impact == nil)
    }

    @Test func untypedDeprecationAndReplacementStubsAreSeen() throws {
        let subject = Term.iri(DiffFixture.iri("A")), gone = Term.iri(DiffFixture.iri("B"))
        let label = Namespace.skos + "prefLabel"
        let old = Vocabulary(graph: Graph([
            Triple(subject, label, .literal(Literal("a", language: "nl"))),
            Triple(gone, label, .literal(Literal("b", language: "nl"))),
        ]))
        let new = Vocabulary(graph: Graph([
            Triple(subject, label, .literal(Literal("a", language: "nl"))),
            Triple(subject, Namespace.owl + "deprecated", .literal(Literal("true"))),
            Triple(gone, Namespace.dcterms + "isReplacedBy", subject),
        ]))
        let diff = VocabularyDiff(old: old, new: new)
        #expect(diff.changed.first?.deprecation == .deprecated)
        #expect(diff.removed.first?.replacedBy == [DiffFixture.iri("A")])
        #expect(diff.summary.replaced == 1)
    }

    @Test func collections() {
        var old = Vocabulary(), new = Vocabulary()
        var kept = SKOSCollection(iri: "https://example.org/c/1")
        kept.prefLabels = [LangString("één", language: "nl")]
        kept.members = ["x", "y"]
        old.collections = [kept, SKOSCollection(iri: "https://example.org/c/2")]
        kept.members = ["x", "z"]
        kept.prefLabels = [LangString("een", language: "nl")]
        new.collections = [kept, SKOSCollection(iri: "https://example.org/c/3")]
        let diff = VocabularyDiff(old: old, new: new)
        #expect(diff.collections.map(\.change) == [.changed, .removed, .added])
        #expect(diff.collections[0].members == SetDelta(added: ["z"], removed: ["y"]))
        #expect(diff.collections[0].labels?.first?.change == .changed)
        #expect(diff.summary.collections == .init(added: 1, removed: 1, changed: 1))
    }

    @Test func jsonIsStableAndRoundTrips() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let first = try encoder.encode(diff)
        let again = try encoder.encode(VocabularyDiff(old: DiffFixture.old(), new: DiffFixture.new()))
        #expect(first == again)
        let decoded = try JSONDecoder().decode(VocabularyDiff.self, from: first)
        #expect(decoded.summary == diff.summary)
        #expect(decoded.changed == diff.changed)
        #expect(try encoder.encode(decoded) == first)
    }
}
