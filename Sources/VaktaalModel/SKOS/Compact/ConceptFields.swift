/// A set of ``ConceptField``s: which properties of a concept to make, or which differ.
struct ConceptFields: OptionSet, Sendable {
    let rawValue: UInt32

    init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    init(_ fields: ConceptField...) {
        rawValue = fields.reduce(0) { $0 | 1 << UInt32($1.rawValue) }
    }

    /// Every field.
    static let all = ConceptFields(rawValue: 1 << UInt32(ConceptField.allCases.count) - 1)

    /// Whether the set holds a field.
    func contains(_ field: ConceptField) -> Bool {
        rawValue & 1 << UInt32(field.rawValue) != 0
    }

    /// Adds a field.
    mutating func insert(_ field: ConceptField) {
        self.formUnion(ConceptFields(field))
    }

    /// The set with, for every label kind it holds plain or SKOS-XL labels of, both: what
    /// ``Concept/allLabels(_:)`` needs.
    var pairingLabels: ConceptFields {
        var result = self
        for kind in LabelKind.allCases where contains(ConceptField(label: kind)) || contains(ConceptField(xlLabel: kind)) {
            result.insert(ConceptField(label: kind))
            result.insert(ConceptField(xlLabel: kind))
        }
        return result
    }
}
