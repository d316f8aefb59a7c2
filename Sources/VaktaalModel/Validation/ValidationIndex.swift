/// Everything the checks look at, gathered from the files' triples as they stream in: resources
/// numbered densely, their SKOS classes, labels, relations and the raw-triple problems found on
/// the way. The triples themselves are not kept.
///
/// Concepts are recognised as qSKOS does: typed `skos:Concept` (or a declared subclass), top
/// concepts, and anything at either end of a semantic relation. Declared sub-properties of SKOS
/// properties count as those properties.
struct ValidationIndex: Sendable {
    /// A literal kept by the index: its position in ``literals``.
    typealias LiteralRef = Int32

    /// A label of a resource, plain or through SKOS-XL.
    struct LabelEntry: Sendable {
        let resource: Int32
        let kind: LabelKind
        let literal: LiteralRef
        /// The literal's language number; -1 for none.
        let language: Int32
        let viaXL: Bool
    }

    /// A relation between two resources.
    struct Edge: Hashable, Sendable {
        let from: Int32
        let to: Int32
        let role: KnownProperty
        let source: Int16
    }

    /// A literal of a label or note without a usable language tag.
    struct LiteralProblem: Sendable {
        let resource: Int32
        let predicate: String
        let literal: LiteralRef
        let problem: String
    }

    /// A SKOS-namespace term that SKOS does not define, with the first resource using it.
    struct UndefinedTerm: Sendable {
        let term: String
        let problem: String
        var resource: Int32
        var source: Int16
    }

    /// A triple whose predicate or class only a declared sub-property or subclass can explain;
    /// kept until all declarations are read.
    struct Deferred: Sendable {
        let subject: Int32
        let predicate: String
        let object: Term
        let source: Int16
    }

    struct EdgeKey: Hashable, Sendable {
        let from: Int32
        let to: Int32
        let role: KnownProperty
    }

    /// The files read, in order.
    var files: [(name: String, isContext: Bool)] = []

    // Resources, by dense id.
    var terms: [Term] = []
    var interner = ResourceInterner()
    /// The first file whose triples have the resource as subject; -1 when none.
    var describedIn: [Int16] = []
    /// The first file that types, labels or puts the resource in a scheme; -1 when none.
    var definedIn: [Int16] = []
    /// The first file mentioning the resource at all.
    var referencedIn: [Int16] = []
    var classes: [ClassMask] = []
    var flags: [ResourceFlags] = []
    var languages: [LanguageSet] = []

    /// Language tags seen on literals, by number.
    var languageNames: [String] = []
    var languageNumbers: [String: Int] = [:]
    /// What is wrong with each language tag, if anything.
    var languageProblems: [String?] = []

    /// Literals of labels, by ``LiteralRef``.
    var literals: [Literal] = []
    var labels: [LabelEntry] = []
    var xlLinks: [(resource: Int32, kind: LabelKind, label: Int32)] = []
    /// The `skosxl:literalForm` of each resource; -1 for none.
    var literalForms: [LiteralRef] = []
    var edges: [Edge] = []
    var edgeKeys: Set<EdgeKey> = []
    var languageTagProblems: [LiteralProblem] = []
    /// `rdfs:label`, `dc:title`, `dcterms:title` literals that are empty, with their property.
    var emptyTitles: [(resource: Int32, predicate: String)] = []
    var undefinedTerms: [UndefinedTerm] = []
    var undefinedTermIndex: [String: Int] = [:]

    // Reading state.
    var superProperties: [String: [String]] = [:]
    var superClasses: [String: [String]] = [:]
    var deferred: [Deferred] = []
    var lastSubject: Term?
    var lastSubjectID: Int32 = -1
    /// The last few resources numbered, to spare dictionary look-ups when RDF/XML nests label
    /// resources inside concepts.
    var recent: [(term: Term, id: Int32)] = []
    var recentNext = 0
    var lastPredicate: String?
    var lastInfo = PredicateInfo()
    var predicateInfo: [String: PredicateInfo] = [:]
    var lastSKOSTerm: String?
    var lastType: String?
    var lastTypeIsOpen = false
    var lastTypeClasses = ClassMask()
    var lastLanguage: String?
    var lastLanguageNumber = -1

    // Filled by `finish()`.
    /// Label entries grouped by resource: `labels(of:)`.
    var labelOffsets: [Int32] = []
    var groupedLabels: [LabelEntry] = []
    var isConcept: [Bool] = []
    var isScheme: [Bool] = []
    var isCollection: [Bool] = []
    var inScope: [Bool] = []
    var schemeOffsets: [Int32] = []
    var groupedSchemes: [Int32] = []

    /// The number of resources.
    var count: Int { terms.count }

    /// The number of the resource with this IRI, if it occurs.
    func id(ofIRI iri: String) -> Int32? { interner.number(of: iri) }

    /// A literal the index keeps.
    func literal(_ reference: LiteralRef) -> Literal { literals[Int(reference)] }

    /// The labels of a resource, plain and SKOS-XL.
    func labels(of id: Int32) -> ArraySlice<LabelEntry> {
        groupedLabels[Int(labelOffsets[Int(id)])..<Int(labelOffsets[Int(id) + 1])]
    }

    /// The schemes a concept is in: `inScheme`, `topConceptOf`, and schemes listing it with
    /// `hasTopConcept`.
    func schemes(of id: Int32) -> ArraySlice<Int32> {
        groupedSchemes[Int(schemeOffsets[Int(id)])..<Int(schemeOffsets[Int(id) + 1])]
    }

    /// The IRI (or blank node) of a resource, as text.
    func name(_ id: Int32) -> String {
        switch terms[Int(id)] {
        case .iri(let iri): iri
        case .blank(let label): "_:" + label
        case .literal(let literal): literal.lexicalForm
        }
    }
}
