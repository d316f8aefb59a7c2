/// What was added to and removed from a set of values between two versions, each side sorted.
public struct SetDelta<Element: Hashable & Comparable & Sendable & Codable>: Hashable, Sendable, Codable {
    /// Values in the new version only.
    public var added: [Element]
    /// Values in the old version only.
    public var removed: [Element]

    /// Creates a delta from explicit lists (sorted here).
    public init(added: [Element], removed: [Element]) {
        self.added = added.sorted()
        self.removed = removed.sorted()
    }

    /// Compares two versions of a set of values.
    public init(old: Set<Element>, new: Set<Element>) {
        self.init(added: Array(new.subtracting(old)), removed: Array(old.subtracting(new)))
    }

    /// Whether nothing changed.
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty }

    /// The delta, or nil when nothing changed (so that JSON leaves it out).
    public var nonEmpty: SetDelta? { isEmpty ? nil : self }
}

extension SetDelta {
    /// Compares two lists of values as sets; nil when they hold the same values.
    static func between(_ old: [Element], _ new: [Element]) -> SetDelta? {
        if old == new { return nil }
        return SetDelta(old: Set(old), new: Set(new)).nonEmpty
    }
}
