import Testing
import VaktaalModel

/// Graphs for validation tests, written triple by triple with short names.
private enum Build {
    static let ex = "https://example.org/"
    static let hub = "https://data.vaktaal.nl/hub"

    /// `skos:x`, `skosxl:x`, `rdf:x`, `rdfs:x`, `owl:x` or an `ex:` name; full IRIs stay.
    static func iri(_ name: String) -> String {
        for (prefix, namespace) in [("skosxl:", Namespace.skosxl), ("skos:", Namespace.skos), ("rdfs:", Namespace.rdfs),
                                    ("rdf:", Namespace.rdf), ("owl:", Namespace.owl), ("ex:", ex)] where name.hasPrefix(prefix) {
            return namespace + name.dropFirst(prefix.count)
        }
        return name
    }

    static func triple(_ subject: String, _ predicate: String, _ object: String) -> Triple {
        Triple(.iri(iri(subject)), iri(predicate), .iri(iri(object)))
    }

    static func label(_ subject: String, _ predicate: String, _ text: String, _ language: String? = "nl") -> Triple {
        Triple(.iri(iri(subject)), iri(predicate), .literal(Literal(text, language: language)))
    }

    /// A typed, labelled, documented concept in a scheme.
    static func concept(_ name: String, _ label: String, scheme: String = "ex:scheme") -> [Triple] {
        [triple(name, "rdf:type", "skos:Concept"), triple(name, "skos:inScheme", scheme),
         self.label(name, "skos:prefLabel", label), self.label(name, "skos:definition", "Uitleg van \(label).")]
    }

    static func source(_ triples: [Triple], name: String = "test.rdf", context: Bool = false) -> ValidationSource {
        ValidationSource(name: name, graph: Graph(triples), isContext: context)
    }
}

@Suite struct ValidatorTests {
    func validate(_ sources: [ValidationSource], _ options: ValidationOptions = ValidationOptions()) -> ValidationReport {
        Validator(options: options).validate(sources)
    }

    func validate(_ triples: [Triple]) -> ValidationReport { validate([Build.source(triples)]) }

    func findings(_ report: ValidationReport, _ code: CheckCode) -> [Finding] { report.findings.filter { $0.code == code } }

    @Test func cleanSchemeHasNoFindingsAboveInfo() {
        let triples = [Build.triple("ex:scheme", "rdf:type", "skos:ConceptScheme"), Build.label("ex:scheme", "skos:prefLabel", "Schema"),
                       Build.triple("ex:scheme", "skos:hasTopConcept", "ex:a"), Build.triple("ex:a", "skos:topConceptOf", "ex:scheme"),
                       Build.triple("ex:a", "skos:narrower", "ex:b"), Build.triple("ex:b", "skos:broader", "ex:a")]
            + Build.concept("ex:a", "lassen") + Build.concept("ex:b", "mig-lassen")
        let report = validate(triples)
        #expect(!report.hasFindings(atLeast: .warning), "\(report.findings)")
        #expect(report.conceptCount == 2)
    }

    @Test func twoPrefLabelsInOneLanguageBreakS14() {
        let report = validate(Build.concept("ex:a", "lassen") + [Build.label("ex:a", "skos:prefLabel", "verbinden")])
        let found = findings(report, .inconsistentPrefLabels)
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("'lassen'@nl") == true)
    }

    @Test func sameLabelThroughSKOSXLIsNotASecondPrefLabel() {
        let xl = [Build.triple("ex:a", "skosxl:prefLabel", "ex:a-label"), Build.label("ex:a-label", "skosxl:literalForm", "lassen")]
        #expect(findings(validate(Build.concept("ex:a", "lassen") + xl), .inconsistentPrefLabels).isEmpty)
        let other = [Build.triple("ex:a", "skosxl:prefLabel", "ex:a-label"), Build.label("ex:a-label", "skosxl:literalForm", "las")]
        #expect(findings(validate(Build.concept("ex:a", "lassen") + other), .inconsistentPrefLabels).count == 1)
    }

    @Test func prefAndAltLabelMustBeDisjoint() {
        let report = validate(Build.concept("ex:a", "lassen") + [Build.label("ex:a", "skos:altLabel", "lassen")])
        #expect(findings(report, .disjointLabelsViolation).count == 1)
        let otherCase = validate(Build.concept("ex:a", "lassen") + [Build.label("ex:a", "skos:altLabel", "Lassen")])
        #expect(findings(otherCase, .disjointLabelsViolation).isEmpty)
    }

    @Test func schemeThatIsAlsoAConceptBreaksS9() {
        let report = validate(Build.concept("ex:a", "lassen") + [Build.triple("ex:a", "rdf:type", "skos:ConceptScheme")])
        #expect(findings(report, .schemeIsConcept).map(\.concept) == [Build.ex + "a"])
    }

    @Test func collectionThatIsAlsoAConceptBreaksS37() {
        let report = validate(Build.concept("ex:a", "lassen") + [Build.triple("ex:a", "skos:member", "ex:b")] + Build.concept("ex:b", "solderen"))
        #expect(findings(report, .collectionIsConcept).map(\.concept) == [Build.ex + "a"])
    }

    @Test func hierarchyCycleIsOneFindingAndSelfLoopIsReflexive() {
        let triples = Build.concept("ex:a", "a") + Build.concept("ex:b", "b") + Build.concept("ex:c", "c")
            + [Build.triple("ex:a", "skos:broader", "ex:b"), Build.triple("ex:b", "skos:broader", "ex:c"),
               Build.triple("ex:a", "skos:narrower", "ex:c"), Build.triple("ex:c", "skos:related", "ex:c")]
        let report = validate(triples)
        let cycles = findings(report, .cyclicHierarchicalRelations)
        #expect(cycles.count == 1)
        #expect(Set([cycles[0].concept] + cycles[0].related) == Set(["a", "b", "c"].map { Build.ex + $0 }))
        #expect(findings(report, .reflexivelyRelatedConcepts).map(\.concept) == [Build.ex + "c"])
    }

    @Test func declaredSubPropertiesCountAsTheirSKOSProperty() {
        let triples = [Build.triple("ex:myBroader", "rdfs:subPropertyOf", "skos:broader"),
                       Build.triple("ex:a", "ex:myBroader", "ex:b"), Build.triple("ex:b", "ex:myBroader", "ex:a")]
        #expect(findings(validate(triples), .cyclicHierarchicalRelations).count == 1)
    }

    @Test func relatedBetweenAncestorAndDescendantBreaksS27WithThePath() {
        let triples = Build.concept("ex:a", "a") + Build.concept("ex:b", "b") + Build.concept("ex:c", "c")
            + [Build.triple("ex:a", "skos:broader", "ex:b"), Build.triple("ex:b", "skos:broader", "ex:c"),
               Build.triple("ex:c", "skos:related", "ex:a")]
        let found = findings(validate(triples), .relationClashes)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("<\(Build.ex)a> → <\(Build.ex)b> → <\(Build.ex)c>") == true)
    }

    @Test func exactMatchChainClashesWithRelatedMatch() {
        let triples = [Build.triple("ex:a", "skos:exactMatch", "ex:b"), Build.triple("ex:b", "skos:exactMatch", "ex:c"),
                       Build.triple("ex:c", "skos:relatedMatch", "ex:a")]
        let found = findings(validate(triples), .mappingClashes)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("through other exactMatch links") == true)
    }

    @Test func languageTagsAreCheckedAgainstBCP47AndISO639() {
        let tags = ["en", "nl-BE", "zh-Hant-TW", "sl-rozaj", "de-DE-1996", "x-private", "xy", "en--us", "toolongtag"]
        let triples = tags.enumerated().flatMap { index, tag in
            [Build.triple("ex:c\(index)", "rdf:type", "skos:Concept"), Build.label("ex:c\(index)", "skos:prefLabel", "label", tag)]
        }
        let flagged = Set(findings(validate(triples), .omittedOrInvalidLanguageTags).map { $0.concept.dropFirst(Build.ex.count + 1) })
        #expect(flagged == ["5", "6", "7", "8"])
    }

    @Test func controlAndInvisibleCharactersAreUnprintableButLettersAreNot() {
        let triples = Build.concept("ex:a", "tab\there") + Build.concept("ex:b", "zero\u{200B}width")
            + Build.concept("ex:c", "Ümlaut — ’t") + Build.concept("ex:d", "焊接")
        let flagged = Set(findings(validate(triples), .unprintableCharactersInLabels).map(\.concept))
        #expect(flagged == [Build.ex + "a", Build.ex + "b"])
    }

    @Test func overlappingLabelsAreComparedWithinASchemeIgnoringCase() {
        let sameScheme = Build.concept("ex:a", "Lassen") + Build.concept("ex:b", "lassen")
        #expect(findings(validate(sameScheme), .overlappingLabels).count == 1)
        let otherSchemes = Build.concept("ex:a", "lassen", scheme: "ex:one") + Build.concept("ex:b", "lassen", scheme: "ex:two")
        #expect(findings(validate(otherSchemes), .overlappingLabels).isEmpty)
    }

    @Test func oneWayMappingsBetweenSchemesAreFineButOneWayBroaderIsNot() {
        let triples = Build.concept("ex:a", "a", scheme: "ex:one") + Build.concept("ex:b", "b", scheme: "ex:two")
            + Build.concept("ex:c", "c", scheme: "ex:one")
            + [Build.triple("ex:a", "skos:exactMatch", "ex:b"), Build.triple("ex:c", "skos:broader", "ex:a")]
        let found = findings(validate(triples), .unidirectionallyRelatedConcepts)
        #expect(found.map(\.concept) == [Build.ex + "c"])
    }

    @Test func danglingMappingInALoadedNamespaceIsAnError() {
        let triples = Build.concept("ex:a", "a", scheme: "ex:one") + Build.concept("ex:b", "b", scheme: "ex:two")
            + [Build.triple("ex:a", "skos:exactMatch", "ex:missing"), Build.triple("ex:a", "skos:closeMatch", "http://elsewhere.org/x/1"),
               Build.triple("ex:b", "skos:closeMatch", "http://elsewhere.org/x/2")]
        let report = validate(triples)
        #expect(findings(report, .unknownMappingTarget).map(\.related) == [[Build.ex + "missing"]])
        let unloaded = findings(report, .unloadedVocabulary)
        #expect(unloaded.count == 1)
        #expect(unloaded.first?.message.hasPrefix("2 mappings point into <http://elsewhere.org/x/>") == true)
        #expect(unloaded.first?.severity == .info)
    }

    @Test func conflictingMappingsNameTheFilesTheyComeFrom() {
        let vocabulary = Build.source(Build.concept("ex:a", "a", scheme: "ex:one") + Build.concept("ex:b", "b", scheme: "ex:two"), name: "voc.rdf")
        let first = Build.source([Build.triple("ex:a", "skos:broadMatch", "ex:b")], name: "first.rdf")
        let second = Build.source([Build.triple("ex:b", "skos:broadMatch", "ex:a")], name: "second.rdf")
        let found = findings(validate([vocabulary, first, second]), .conflictingMappings)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("first.rdf") == true && found.first?.message.contains("second.rdf") == true)
        let compatible = Build.source([Build.triple("ex:b", "skos:closeMatch", "ex:a"), Build.triple("ex:a", "skos:exactMatch", "ex:b")], name: "second.rdf")
        #expect(findings(validate([vocabulary, compatible]), .conflictingMappings).isEmpty)
    }

    @Test func sectorConceptsWithoutHubMappingAreReported() {
        let hub = [Build.triple(Build.hub, "rdf:type", "skos:ConceptScheme")] + Build.concept("ex:h", "lassen", scheme: Build.hub)
        let sector = Build.concept("ex:s1", "lassen", scheme: "ex:sector") + Build.concept("ex:s2", "solderen", scheme: "ex:sector")
            + [Build.triple("ex:s1", "skos:exactMatch", "ex:h")]
        let found = findings(validate(hub + sector), .unmappedToHub)
        #expect(found.map(\.concept) == [Build.ex + "s2"])
        var options = ValidationOptions()
        options.hub = Build.ex + "elsewhere"
        #expect(findings(validate([Build.source(hub + sector)], options), .unmappedToHub).isEmpty)
    }

    @Test func contextFilesHelpButAreNotReportedOn() {
        let context = Build.source(Build.concept("ex:b", "b", scheme: "ex:two") + [Build.label("ex:b", "skos:prefLabel", "bee")], name: "context.rdf", context: true)
        let validated = Build.source(Build.concept("ex:a", "a", scheme: "ex:one") + [Build.triple("ex:a", "skos:exactMatch", "ex:b")], name: "mine.rdf")
        let report = validate([validated, context])
        #expect(findings(report, .inconsistentPrefLabels).isEmpty)
        #expect(findings(report, .unknownMappingTarget).isEmpty)
        #expect(report.files == ["mine.rdf"] && report.contextFiles == ["context.rdf"])
    }

    @Test func onlySelectedChecksRunAndErrorsComeFirst() {
        let triples = Build.concept("ex:a", "lassen") + [Build.label("ex:a", "skos:prefLabel", "verbinden"), Build.label("ex:a", "skos:altLabel", "", "nl")]
        let all = validate(triples)
        #expect(all.findings.first?.severity == .error)
        #expect(all.findings.map(\.severity) == all.findings.map(\.severity).sorted(by: >))
        let only = validate([Build.source(triples)], ValidationOptions(checks: [.emptyLabels]))
        #expect(only.findings.map(\.code) == [.emptyLabels])
        #expect(only.checks == [.emptyLabels])
    }

    @Test func checkCodesAcceptSKOSConditionsAndOldNames() {
        #expect(CheckCode(code: "S14") == .inconsistentPrefLabels)
        #expect(CheckCode(code: "s27") == .relationClashes)
        #expect(CheckCode(code: "OIR") == .unidirectionallyRelatedConcepts)
        #expect(CheckCode(code: "x-unknown-target") == .unknownMappingTarget)
        #expect(CheckCode(code: "nonsense") == nil)
    }

    @Test func findingsPointToTheFileDefiningTheConceptOrStatingTheRelation() {
        let vocabulary = Build.source(Build.concept("ex:a", "a") + Build.concept("ex:b", "b") + [Build.label("ex:a", "skos:prefLabel", "twee")], name: "voc.rdf")
        let relations = Build.source([Build.triple("ex:a", "skos:broader", "ex:b"), Build.triple("ex:a", "skos:related", "ex:b")], name: "links.rdf")
        let report = validate([relations, vocabulary])
        #expect(findings(report, .inconsistentPrefLabels).first?.location?.file == "voc.rdf")
        #expect(findings(report, .relationClashes).first?.location?.file == "links.rdf")
    }
}
