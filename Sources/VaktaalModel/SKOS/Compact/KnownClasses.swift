/// The classes of a subject that decide what the builder reads it as.
struct KnownClasses: OptionSet {
    let rawValue: UInt8

    static let concept = KnownClasses(rawValue: 1)
    static let conceptScheme = KnownClasses(rawValue: 2)
    static let collection = KnownClasses(rawValue: 4)
    static let orderedCollection = KnownClasses(rawValue: 8)
    static let axiom = KnownClasses(rawValue: 16)
    /// Any other IRI class.
    static let other = KnownClasses(rawValue: 32)
}
