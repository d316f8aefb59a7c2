/// Yes/no facts about a resource.
struct ResourceFlags: OptionSet, Sendable {
    let rawValue: UInt8

    static let documented = ResourceFlags(rawValue: 1)
    static let titled = ResourceFlags(rawValue: 2)
    static let deprecated = ResourceFlags(rawValue: 4)
    static let hasMembers = ResourceFlags(rawValue: 8)
    static let describedInValidated = ResourceFlags(rawValue: 16)
}
