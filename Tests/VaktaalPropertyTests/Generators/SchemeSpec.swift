import PropertyBased

/// A generated concept scheme. An undescribed scheme has no `skos:ConceptScheme` of its own:
/// only its concepts name it (as ESCO's concepts name schemes that another file describes).
struct SchemeSpec: Sendable, Hashable {
    var isDescribed: Bool
    var prefLabels: [LabelSpec]
    var title: LabelSpec?
    var description: LabelSpec?
    var notation: String?
    var version: Int?

    static var any: Generator<SchemeSpec, some SendableSequenceType> {
        zip(Gen.bool(0.85), LabelSpec.any.array(of: 0...2), LabelSpec.any.optional(valueRate: 0.4),
            LabelSpec.any.optional(valueRate: 0.4), TextGen.notation.optional(valueRate: 0.3), Gen.int(in: 1...9).optional(valueRate: 0.3))
            .map { isDescribed, prefLabels, title, description, notation, version in
                SchemeSpec(isDescribed: isDescribed, prefLabels: prefLabels, title: title, description: description,
                           notation: notation, version: version)
            }
    }
}
