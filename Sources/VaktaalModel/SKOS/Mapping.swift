/// A mapping between concepts of two schemes, with its provenance.
///
/// In RDF a mapping is the SKOS triple (`subject skos:exactMatch object`) and, when it carries
/// provenance, an `owl:Axiom` annotating that triple with SSSOM's properties.
public struct Mapping: Hashable, Sendable {
    /// The source concept IRI.
    public var subject: String
    /// The relation.
    public var type: MatchType
    /// The target concept IRI.
    public var object: String
    /// The confidence literal (`sssom:confidence`, a number between 0 and 1).
    public var confidenceLiteral: Literal?
    /// How the mapping was established: a semapv IRI such as `semapv:ManualMappingCuration`.
    public var justification: String?
    /// Who made the mapping (IRIs).
    public var authors: [String] = []
    /// When the mapping was made (`sssom:mapping_date`).
    public var date: Literal?
    /// A remark on the mapping (`sssom:comment`).
    public var comment: LangString?
    /// The mapping set it belongs to (the subject of `sssom:mappings`).
    public var mappingSet: String?
    /// The annotation node, when the mapping carries provenance.
    public var annotation: Term?
    /// Whether the plain SKOS triple is stated (it is for every mapping Vaktaal writes).
    public var isAsserted: Bool = true

    /// Creates a mapping.
    public init(subject: String, type: MatchType, object: String) {
        self.subject = subject
        self.type = type
        self.object = object
    }

    /// The confidence as a number, when given and numeric.
    public var confidence: Double? {
        get { confidenceLiteral.flatMap { Double($0.lexicalForm) } }
        set { confidenceLiteral = newValue.map { Literal("\($0)", datatype: Namespace.xsd + "double") } }
    }

    static func key(_ subject: String, _ type: MatchType, _ object: String) -> String {
        subject + "\u{0}" + type.rawValue + "\u{0}" + object
    }
}
