/// One indexed label of one concept.
struct LabelEntry: Sendable {
    let concept: Int
    let text: String
    let language: String?
    let labelKind: String
    let normalized: String
    let tokens: [String]

    var isPreferred: Bool { labelKind == "prefLabel" || labelKind == "notation" }
}
