extension DiffSummary {
    /// How many things were added, removed and changed.
    public struct ChangeCount: Hashable, Sendable, Codable {
        /// Only in the new version.
        public var added = 0
        /// Only in the old version.
        public var removed = 0
        /// In both, with differences.
        public var changed = 0

        /// Creates counts.
        public init(added: Int = 0, removed: Int = 0, changed: Int = 0) {
            self.added = added
            self.removed = removed
            self.changed = changed
        }

        /// Whether all counts are zero.
        public var isZero: Bool { added == 0 && removed == 0 && changed == 0 }
    }
}
