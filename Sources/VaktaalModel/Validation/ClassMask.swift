/// The SKOS classes validation cares about.
struct ClassMask: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    static let concept = ClassMask(rawValue: 1)
    static let scheme = ClassMask(rawValue: 2)
    static let collection = ClassMask(rawValue: 4)
    static let orderedCollection = ClassMask(rawValue: 8)

    static let byIRI: [String: ClassMask] = [
        Namespace.skos + "Concept": .concept,
        Namespace.skos + "ConceptScheme": .scheme,
        Namespace.skos + "Collection": .collection,
        Namespace.skos + "OrderedCollection": [.collection, .orderedCollection],
    ]
}
