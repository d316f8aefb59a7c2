/// A SKOS concept with the properties Vaktaal models; everything else about it stays in the
/// vocabulary's extra triples.
public struct Concept: Hashable, Sendable, Identifiable {
    /// The concept IRI.
    public var iri: String
    /// Notations (`skos:notation`), usually typed literals.
    public var notations: [Literal] = []
    /// Plain SKOS labels by kind, in every language.
    public var labels: [LabelKind: [LangString]] = [:]
    /// SKOS-XL labels by kind.
    public var xlLabels: [LabelKind: [XLLabel]] = [:]
    /// Documentation by kind, in every language.
    public var notes: [NoteKind: [LangString]] = [:]
    /// Broader concepts (`skos:broader`).
    public var broader: [String] = []
    /// Narrower concepts (`skos:narrower`).
    public var narrower: [String] = []
    /// Related concepts (`skos:related`).
    public var related: [String] = []
    /// Schemes the concept is in (`skos:inScheme`).
    public var inSchemes: [String] = []
    /// Schemes the concept is a top concept of (`skos:topConceptOf`).
    public var topConceptOf: [String] = []
    /// Whether the concept is deprecated (`owl:deprecated true`).
    public var isDeprecated = false
    /// Replacements of a deprecated concept (`dcterms:isReplacedBy`).
    public var replacedBy: [String] = []
    /// Creation, modification and issue dates (`dcterms:created`, `modified`, `issued`).
    public var dates: [DateKind: [Literal]] = [:]

    /// Whether the source states `rdf:type skos:Concept` (untyped concepts are recognised by their
    /// SKOS properties and written back untyped).
    public var isTyped = true

    /// The IRI, as identity.
    public var id: String { iri }

    /// Creates a concept with only its IRI.
    public init(iri: String) {
        self.iri = iri
    }

    /// Every label of a kind, plain and SKOS-XL together.
    public func allLabels(_ kind: LabelKind) -> [LangString] {
        (labels[kind] ?? []) + (xlLabels[kind] ?? []).map(\.literalForm)
    }

    /// The preferred label for a reader of `language` (falling back to English, then any).
    public func prefLabel(_ language: String) -> String? {
        allLabels(.preferred).best(for: language)?.value
    }

    /// The notes of a kind.
    public func notes(_ kind: NoteKind) -> [LangString] { notes[kind] ?? [] }
}

/// The dates a concept or scheme can carry.
public enum DateKind: String, CaseIterable, Sendable, Codable {
    /// `dcterms:created`.
    case created
    /// `dcterms:modified`.
    case modified
    /// `dcterms:issued`.
    case issued

    /// The DCMI property IRI.
    public var property: String { Namespace.dcterms + rawValue }
}

extension Concept {
    /// The schemes the concept belongs to: its `inScheme` and `topConceptOf` schemes, else those
    /// of `schemes` listing it as top concept.
    func schemes(listedIn schemes: [ConceptScheme]) -> [String] {
        let own = inSchemes + topConceptOf.filter { !inSchemes.contains($0) }
        return own.isEmpty ? schemes.filter { $0.topConcepts.contains(iri) }.map(\.iri) : own
    }
}
