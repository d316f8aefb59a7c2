import Testing
import VaktaalModel

/// Triples for the compact-vocabulary tests.
private enum Triples {
    static let base = "https://example.org/"
    static let type = Namespace.rdf + "type"

    static func iri(_ local: String) -> Term { .iri(base + local) }
    static func skos(_ local: String) -> String { Namespace.skos + local }
    static func text(_ value: String, _ language: String? = nil) -> Term { .literal(Literal(value, language: language)) }

    /// A little of everything the model reads, and some things it must leave as extra triples.
    static let mixed: [Triple] = [
        Triple(iri("s"), type, .iri(skos("ConceptScheme"))),
        Triple(iri("s"), Namespace.dcterms + "title", text("Schema", "nl")),
        Triple(iri("s"), Namespace.owl + "versionInfo", text("2")),
        Triple(iri("s"), Namespace.dc + "creator", text("someone")),
        Triple(iri("a"), type, .iri(skos("Concept"))),
        Triple(iri("a"), skos("prefLabel"), text("a", "NL")),
        Triple(iri("a"), skos("prefLabel"), .literal(Literal("typed", datatype: Namespace.xsd + "token"))),
        Triple(iri("a"), skos("altLabel"), text("aa", "nl")),
        Triple(iri("a"), skos("definition"), text("een a", "nl")),
        Triple(iri("a"), skos("notation"), .literal(Literal("A1", datatype: base + "code"))),
        Triple(iri("a"), skos("inScheme"), iri("s")),
        Triple(iri("a"), skos("related"), iri("b")),
        Triple(iri("a"), skos("exactMatch"), .iri("https://other.org/x")),
        Triple(iri("a"), Namespace.skosxl + "prefLabel", .blank("l1")),
        Triple(.blank("l1"), type, .iri(Namespace.skosxl + "Label")),
        Triple(.blank("l1"), Namespace.skosxl + "literalForm", text("a-xl", "en")),
        Triple(iri("a"), Namespace.skosxl + "altLabel", iri("l2")),
        Triple(iri("l2"), Namespace.skosxl + "literalForm", text("one", "en")),
        Triple(iri("l2"), Namespace.skosxl + "literalForm", text("two", "en")),
        Triple(iri("a"), Namespace.dcterms + "modified", .literal(Literal("2024-01-01", datatype: Namespace.xsd + "date"))),
        Triple(iri("b"), skos("broader"), iri("a")),
        Triple(iri("b"), skos("prefLabel"), text("b", "nl")),
        Triple(iri("b"), Namespace.owl + "deprecated", .literal(Literal("true", datatype: Namespace.xsd + "boolean"))),
        Triple(iri("b"), Namespace.dcterms + "isReplacedBy", iri("a")),
        Triple(iri("c"), type, .iri(skos("Concept"))),
        Triple(iri("c"), Namespace.owl + "deprecated", text("true")),
        Triple(iri("k"), type, .iri(skos("OrderedCollection"))),
        Triple(iri("k"), skos("member"), iri("a")),
        Triple(.blank("ax"), type, .iri(Namespace.owl + "Axiom")),
        Triple(.blank("ax"), Namespace.owl + "annotatedSource", iri("a")),
        Triple(.blank("ax"), Namespace.owl + "annotatedProperty", .iri(skos("exactMatch"))),
        Triple(.blank("ax"), Namespace.owl + "annotatedTarget", .iri("https://other.org/x")),
        Triple(.blank("ax"), Namespace.sssom + "confidence", .literal(Literal("0.9", datatype: Namespace.xsd + "double"))),
        Triple(iri("set"), Namespace.sssom + "mappings", .blank("ax")),
    ]
}

@Suite struct CompactVocabularyTests {
    @Test func readsTheModelAndKeepsTheRestAsExtraTriples() throws {
        let graph = Graph(Triples.mixed)
        let vocabulary = Vocabulary(graph: graph)
        #expect(vocabulary.concepts.map(\.iri) == ["a", "b", "c"].map { Triples.base + $0 })
        let a = try #require(vocabulary.concept(Triples.base + "a"))
        #expect(a.labels[.preferred] == [LangString("a", language: "nl")])
        #expect(a.labels[.alternative] == [LangString("aa", language: "nl")])
        #expect(a.xlLabels[.preferred] == [XLLabel(resource: .blank("l1"), literalForm: LangString("a-xl", language: "en"))])
        #expect(a.xlLabels[.alternative] == nil, "a SKOS-XL label needs exactly one literal form")
        #expect(a.notations == [Literal("A1", datatype: Triples.base + "code")])
        #expect(a.notes[.definition] == [LangString("een a", language: "nl")])
        #expect(a.dates[.modified]?.count == 1)
        #expect(a.related == [Triples.base + "b"] && a.inSchemes == [Triples.base + "s"])
        let b = try #require(vocabulary.concept(Triples.base + "b"))
        #expect(!b.isTyped && b.isDeprecated && b.replacedBy == [Triples.base + "a"] && b.broader == [Triples.base + "a"])
        #expect(vocabulary.concept(Triples.base + "c")?.isDeprecated == false, "only \"true\"^^xsd:boolean counts")
        #expect(vocabulary.schemes.first?.titles == [LangString("Schema", language: "nl")])
        #expect(vocabulary.collections.first?.isOrdered == true && vocabulary.collections.first?.members == [Triples.base + "a"])
        let mapping = try #require(vocabulary.mappings.first)
        #expect(vocabulary.mappings.count == 1 && mapping.isAsserted && mapping.confidence == 0.9)
        #expect(mapping.mappingSet == Triples.base + "set" && mapping.annotation == .blank("ax"))
        let extra = Set(vocabulary.extraTriples.map(\.predicate))
        #expect(extra == [Namespace.dc + "creator", Triples.skos("prefLabel"), Namespace.skosxl + "altLabel",
                          Namespace.skosxl + "literalForm", Triples.type, Namespace.owl + "deprecated"])
        #expect(vocabulary.graph().isIsomorphic(to: graph))
    }

    @Test func repeatedTriplesCountOnceEvenFarApart() throws {
        let label = Triple(Triples.iri("a"), Triples.skos("prefLabel"), Triples.text("a", "nl"))
        let note = Triple(Triples.iri("z"), Namespace.rdfs + "comment", Triples.text("far"))
        var store = TripleStore()
        store.insert(Triple(Triples.iri("a"), Triples.type, .iri(Triples.skos("Concept"))))
        store.insert(label)
        store.insert(note)
        for index in 0..<20_000 {
            store.insert(Triple(Triples.iri("x\(index % 7)"), Namespace.rdfs + "label", Triples.text("filler \(index)")))
        }
        store.insert(label)
        store.insert(note)
        #expect(store.count == 20_005)
        let compact = CompactVocabulary(store)
        #expect(compact.concept(Triples.base + "a")?.labels[.preferred] == [LangString("a", language: "nl")])
        #expect(compact.extraTripleCount == 20_001)
        let vocabulary = Vocabulary(compact)
        #expect(vocabulary.extraTriples.filter { $0 == note }.count == 1)
    }

    @Test func labelsTakeTheLanguageTagAsLangStringLowerCasesIt() throws {
        // `Literal` lower-cases tags with ASCII capitals only; `LangString` lower-cases any.
        let triples = [
            Triple(Triples.iri("a"), Triples.skos("prefLabel"), Triples.text("x", "É")),
            Triple(Triples.iri("a"), Namespace.rdfs + "label", Triples.text("x", "É")),
        ]
        let vocabulary = Vocabulary(graph: Graph(triples))
        #expect(vocabulary.concept(Triples.base + "a")?.labels[.preferred] == [LangString("x", language: "é")])
        #expect(vocabulary.extraTriples.first?.object.literalValue?.language == "É")
    }

    @Test func compactFormOfAModelBuiltInCode() throws {
        var concept = Concept(iri: Triples.base + "a")
        concept.labels[.preferred] = [LangString("a", language: "nl"), LangString("untagged")]
        concept.labels[.hidden] = [LangString("odd", language: "")]
        concept.xlLabels[.alternative] = [XLLabel(resource: .iri(Triples.base + "l"), literalForm: LangString("al", language: "en"))]
        concept.notes[.scopeNote] = [LangString("scope", language: "nl")]
        concept.notations = [Literal("A", datatype: Triples.base + "code"), Literal("B")]
        concept.broader = [Triples.base + "p", Triples.base + "q"]
        concept.narrower = [Triples.base + "n"]
        concept.topConceptOf = [Triples.base + "s"]
        concept.replacedBy = [Triples.base + "r"]
        concept.dates[.issued] = [Literal("2020")]
        concept.isDeprecated = true
        concept.isTyped = false
        var vocabulary = Vocabulary()
        vocabulary.upsert(concept)
        vocabulary.upsert(Concept(iri: Triples.base + "b"))
        vocabulary.upsert(ConceptScheme(iri: Triples.base + "s"))
        vocabulary.mappings = [Mapping(subject: Triples.base + "a", type: .close, object: "https://other.org/y")]
        vocabulary.extraTriples = [Triple(Triples.iri("a"), Namespace.rdfs + "seeAlso", .blank("b0"))]
        let compact = CompactVocabulary(vocabulary)
        #expect(compact.conceptCount == 2)
        #expect(compact.concept(Triples.base + "a") == concept)
        let back = Vocabulary(compact)
        #expect(back.concepts == vocabulary.concepts)
        #expect(back.schemes == vocabulary.schemes && back.mappings == vocabulary.mappings)
        #expect(back.extraTriples == vocabulary.extraTriples)
    }

    /// (`VocabularyDiff(old: Vocabulary…)` converts to compact form first, so comparing the two
    /// overloads would compare the differ with itself; the figures are asserted instead.)
    @Test func diffOfCompactVersionsFindsTheChanges() throws {
        var changed = Triples.mixed.filter { $0.object != Triples.text("aa", "nl") }
        changed.append(Triple(Triples.iri("a"), Triples.skos("altLabel"), Triples.text("aaa", "nl")))
        changed.append(Triple(Triples.iri("d"), Triples.skos("broader"), Triples.iri("b")))
        let old = Graph(Triples.mixed), new = Graph(changed)
        let fromCompact = VocabularyDiff(old: CompactVocabulary(TripleStore(old)), new: CompactVocabulary(TripleStore(new)))
        #expect(fromCompact.changed.map(\.iri) == [Triples.base + "a"])
        #expect(fromCompact.summary.altLabels == .init(added: 1, removed: 1))
    }

    /// Found by the SSSOM property test: a mapping set file holds mappings and no concepts; a
    /// mapping stated there as a plain triple and annotated by an axiom was read as known only
    /// through its annotation (`isAsserted` false), its plain triple left among the extra ones.
    @Test func mappingStatedOnASubjectThatIsNoConceptIsAsserted() {
        let axiom = Term.blank("m")
        let graph = Graph([
            Triple(Triples.iri("a"), Triples.skos("exactMatch"), Triples.iri("b")),
            Triple(axiom, Triples.type, .iri(Namespace.owl + "Axiom")),
            Triple(axiom, Namespace.owl + "annotatedSource", Triples.iri("a")),
            Triple(axiom, Namespace.owl + "annotatedProperty", .iri(Triples.skos("exactMatch"))),
            Triple(axiom, Namespace.owl + "annotatedTarget", Triples.iri("b")),
            Triple(Triples.iri("a"), Triples.skos("closeMatch"), Triples.iri("c")),
        ])
        let vocabulary = Vocabulary(graph: graph)
        #expect(vocabulary.mappings.map(\.isAsserted) == [true])
        #expect(vocabulary.extraTriples == [Triple(Triples.iri("a"), Triples.skos("closeMatch"), Triples.iri("c"))])
        #expect(vocabulary.graph().isIsomorphic(to: graph))
    }
}
