extension DiffSummary {
    /// How many statements or values were added and removed.
    public struct LinkCount: Hashable, Sendable, Codable {
        /// Only in the new version.
        public var added = 0
        /// Only in the old version.
        public var removed = 0

        /// Creates counts.
        public init(added: Int = 0, removed: Int = 0) {
            self.added = added
            self.removed = removed
        }

        /// Whether both counts are zero.
        public var isZero: Bool { added == 0 && removed == 0 }

        /// Adds the sizes of a delta.
        mutating func add<T>(_ delta: SetDelta<T>?) {
            added += delta?.added.count ?? 0
            removed += delta?.removed.count ?? 0
        }
    }
}
