/// A set of ``KnownProperty``s: which properties of a concept to make, or which differ.
struct ConceptFields: OptionSet, Sendable {
    let rawValue: UInt32

    init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    init(_ fields: KnownProperty...) {
        rawValue = fields.reduce(0) { $0 | 1 << UInt32($1.rawValue) }
    }

    /// Every field.
    static let all = ConceptFields(rawValue: 1 << UInt32(KnownProperty.conceptFieldCount) - 1)

    /// Whether the set holds a field.
    func contains(_ field: KnownProperty) -> Bool {
        rawValue & 1 << UInt32(field.rawValue) != 0
    }

    /// Adds a field.
    mutating func insert(_ field: KnownProperty) {
        self.formUnion(ConceptFields(field))
    }

    /// The set with, for every label kind it holds plain or SKOS-XL labels of, both: what
    /// ``Concept/allLabels(_:)`` needs.
    var pairingLabels: ConceptFields {
        var result = self
        for kind in LabelKind.allCases where contains(KnownProperty(label: kind)) || contains(KnownProperty(xlLabel: kind)) {
            result.insert(KnownProperty(label: kind))
            result.insert(KnownProperty(xlLabel: kind))
        }
        return result
    }
}
