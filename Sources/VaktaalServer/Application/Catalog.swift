public import VaktaalModel
import VaktaalFormats

/// Everything the server answers from, built once at start and only read afterwards: the
/// vocabulary, its lookup index, translator and hierarchy, and the tables the handlers need.
/// The server never writes to the vocabulary files; requests share this value read-only.
public struct Catalog: Sendable {
    /// The loaded vocabulary.
    public let vocabulary: Vocabulary
    let index: LookupIndex
    let translator: Translator
    let hierarchy: HierarchyIndex
    /// Names of mapping targets that are not loaded (ESCO skills), from the mapping sets.
    let objectLabels: [String: String]
    let statistics: VocabularyStatistics
    /// Mappings by subject and by object IRI.
    let outgoing: [String: [Mapping]]
    let incoming: [String: [Mapping]]
    /// Unmodelled triples by subject IRI, for the RDF views of a concept.
    let extraTriples: [String: [Triple]]
    /// The first scheme of each concept.
    let schemeOf: [String: String]

    /// Builds the indexes over `vocabulary`.
    public init(_ vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        index = LookupIndex(vocabulary)
        translator = Translator(vocabulary: vocabulary)
        hierarchy = HierarchyIndex(vocabulary)
        objectLabels = vocabulary.objectLabels()
        statistics = VocabularyStatistics(vocabulary)
        outgoing = Dictionary(grouping: vocabulary.mappings, by: \.subject)
        incoming = Dictionary(grouping: vocabulary.mappings, by: \.object)
        var extra: [String: [Triple]] = [:]
        for triple in vocabulary.extraTriples {
            if case .iri(let subject) = triple.subject { extra[subject, default: []].append(triple) }
        }
        extraTriples = extra
        var schemeOf: [String: String] = [:]
        for concept in vocabulary.concepts {
            if let scheme = vocabulary.schemes(of: concept).first { schemeOf[concept.iri] = scheme }
        }
        self.schemeOf = schemeOf
    }

    /// Loads the vocabularies at `paths` (files or folders) and builds the catalog.
    /// - Throws: What ``VocabularyLoader`` throws for unreadable or malformed files.
    public static func load(paths: [String]) throws -> Catalog {
        Catalog(try VocabularyLoader.loadVocabulary(paths: paths))
    }

    /// The concepts a key names: by IRI, else by notation, else by exact preferred label.
    func concepts(named key: String) -> [Concept] {
        vocabulary.concepts(named: key)
    }

    /// A concept named for a report: notation, Dutch label and scheme.
    func reference(_ iri: String) -> TranslationReport.Concept {
        TranslationReport.Concept(iri, in: vocabulary, objectLabels: objectLabels)
    }

    /// The scheme of a concept IRI: its own, or the well-known namespace it lies in (ESCO).
    func scheme(ofConcept iri: String) -> String? {
        if let scheme = schemeOf[iri] { return scheme }
        return SchemeName.wellKnown.values.first { iri.hasPrefix($0) }
    }

    /// Whether a concept IRI lies in a scheme (or, for a namespace, under it).
    func concept(_ iri: String, isIn scheme: String) -> Bool {
        if let own = schemeOf[iri] {
            return own == scheme || vocabulary.concept(iri).map { vocabulary.schemes(of: $0).contains(scheme) } == true
        }
        return vocabulary.scheme(scheme) == nil && iri.hasPrefix(scheme)
    }
}
