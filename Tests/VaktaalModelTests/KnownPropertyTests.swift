import Testing
@testable import VaktaalModel

/// The one table of properties: every IRI once, found again from its text, and the layout the
/// compact store and validation's bit sets rely on.
struct KnownPropertyTests {
    @Test func everyPropertyIsFoundFromItsIRI() {
        for property in KnownProperty.allCases {
            #expect(KnownProperty(iri: property.iri) == property, "\(property)")
        }
        #expect(Set(KnownProperty.allCases.map(\.iri)).count == KnownProperty.allCases.count)
    }

    @Test func iriTextsAreTheVocabulariesOwn() {
        #expect(KnownProperty.prefLabel.iri == "http://www.w3.org/2004/02/skos/core#prefLabel")
        #expect(KnownProperty.xlPrefLabel.iri == "http://www.w3.org/2008/05/skos-xl#prefLabel")
        #expect(KnownProperty.replacedBy.iri == "http://purl.org/dc/terms/isReplacedBy")
        #expect(KnownProperty.mappingJustification.iri == "https://w3id.org/sssom/mapping_justification")
        #expect(KnownProperty.type.qualifiedName == "rdf:type")
        #expect(KnownProperty(iri: "http://www.w3.org/2004/02/skos/core#prefLabelX") == nil)
        #expect(KnownProperty(iri: "http://example.org/prefLabel") == nil)
    }

    @Test func conceptFieldsComeFirstAndFitTheirBitSets() {
        let fields = KnownProperty.allCases.filter(\.isConceptField)
        #expect(fields.count == KnownProperty.conceptFieldCount)
        #expect(fields.map(\.rawValue) == Array(0..<UInt8(fields.count)))
        #expect(fields.count <= 32)
        #expect(KnownProperty.allCases.count <= 64)
        for kind in LabelKind.allCases {
            #expect(KnownProperty(label: kind).labelKind == kind)
            #expect(KnownProperty(xlLabel: kind).xlLabelKind == kind)
        }
        for kind in NoteKind.allCases { #expect(KnownProperty(note: kind).noteKind == kind) }
        for kind in DateKind.allCases {
            #expect(KnownProperty(date: kind).dateKind == kind)
            #expect(KnownProperty(date: kind).iri == kind.property)
        }
    }

    @Test func everySKOSCorePropertyIsInTheTable() {
        let skosProperties = ["inScheme", "hasTopConcept", "topConceptOf", "prefLabel", "altLabel", "hiddenLabel", "notation",
                              "note", "changeNote", "definition", "editorialNote", "example", "historyNote", "scopeNote",
                              "semanticRelation", "broader", "narrower", "related", "broaderTransitive", "narrowerTransitive",
                              "member", "memberList", "mappingRelation", "broadMatch", "narrowMatch", "relatedMatch",
                              "exactMatch", "closeMatch"]
        for name in skosProperties { #expect(KnownProperty(iri: Namespace.skos + name) != nil, "\(name)") }
        #expect(KnownProperty.skosLocalNames == Set(skosProperties))
    }
}
