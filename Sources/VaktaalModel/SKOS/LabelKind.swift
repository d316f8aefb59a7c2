/// The three kinds of SKOS lexical label.
public enum LabelKind: String, CaseIterable, Sendable, Codable {
    /// `skos:prefLabel`.
    case preferred = "prefLabel"
    /// `skos:altLabel`.
    case alternative = "altLabel"
    /// `skos:hiddenLabel`.
    case hidden = "hiddenLabel"

    /// The SKOS property IRI.
    public var skosProperty: String { Namespace.skos + rawValue }
    /// The SKOS-XL property IRI.
    public var skosXLProperty: String { Namespace.skosxl + rawValue }
}
