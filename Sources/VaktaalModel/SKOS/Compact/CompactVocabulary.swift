/// A vocabulary in compact form: schemes, collections and mappings as model values, and the
/// concepts (the bulk of any large vocabulary: labels in dozens of languages) as rows of interned
/// terms, made into ``Concept`` values only when asked for. It takes a fraction of the memory of
/// a ``Vocabulary`` and is what `vaktaal diff` keeps of each version; ``Vocabulary/init(_:)``
/// turns it into the full model.
///
/// It reads triples exactly as ``Vocabulary/init(graph:)`` does (that initialiser goes through
/// this type): the same concepts with the same values, the same extra triples.
public struct CompactVocabulary: Sendable {
    /// Concept schemes, in source order.
    public internal(set) var schemes: [ConceptScheme] = []
    /// Collections, in source order.
    public internal(set) var collections: [SKOSCollection] = []
    /// Mappings, in source order.
    public internal(set) var mappings: [Mapping] = []
    /// Prefixes declared by the source.
    public internal(set) var prefixes: [(prefix: String, namespace: String)] = []

    /// The terms every row, SKOS-XL label and extra triple refers to.
    var terms: TermTable
    /// The concepts, in source order.
    var rows: [ConceptRow] = []
    /// The values of all concepts, concept after concept.
    var values: [ConceptValue] = []
    /// SKOS-XL labels, referred to by ``KnownProperty/xlPrefLabel`` values and the like: the label
    /// resource and its literal form.
    var xlLabels: [(resource: TermID, form: TermID)] = []
    /// The triples no modelled value stands for, in source order.
    var extraTriples: [StoredTriple] = []
    /// The row of each concept IRI.
    private(set) var conceptIndex: [String: Int] = [:]
    private var schemeIndex: [String: Int] = [:]

    init(terms: TermTable) {
        self.terms = terms
    }

    /// Reads the SKOS structure of the triples in a store.
    public init(_ store: consuming TripleStore) {
        var builder = VocabularyBuilder(consume store)
        self = builder.build()
    }

    /// The number of concepts.
    public var conceptCount: Int { rows.count }

    /// The number of triples no modelled value stands for.
    public var extraTripleCount: Int { extraTriples.count }

    /// The concept with this IRI.
    public func concept(_ iri: String) -> Concept? {
        conceptIndex[iri].map { concept(at: $0) }
    }

    /// The scheme with this IRI.
    public func scheme(_ iri: String) -> ConceptScheme? {
        schemeIndex[iri].map { schemes[$0] }
    }

    /// The row of the concept with this IRI.
    func row(of iri: String) -> Int? {
        conceptIndex[iri]
    }

    /// The IRI of the concept in a row.
    func iri(at row: Int) -> String {
        terms.string(rows[row].iri)
    }

    /// Adds a concept row, or replaces the one with the same IRI (as `Vocabulary.upsert` does).
    mutating func upsert(_ row: ConceptRow, iri: String) {
        if let index = conceptIndex[iri] { rows[index] = row; return }
        conceptIndex[iri] = rows.count
        rows.append(row)
    }

    /// Adds a scheme, or replaces the one with the same IRI.
    mutating func upsert(_ scheme: ConceptScheme) {
        if let index = schemeIndex[scheme.iri] { schemes[index] = scheme; return }
        schemeIndex[scheme.iri] = schemes.count
        schemes.append(scheme)
    }
}
