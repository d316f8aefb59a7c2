extension DiffSummary {
    /// Preferred-label changes, a relabelling kept apart from a language added or dropped.
    public struct PrefLabelCount: Hashable, Sendable, Codable {
        /// (concept, language) pairs whose preferred label changed.
        public var changed = 0
        /// (concept, language) pairs with a preferred label only in the new version.
        public var languagesAdded = 0
        /// (concept, language) pairs with a preferred label only in the old version.
        public var languagesDropped = 0

        /// Creates counts.
        public init(changed: Int = 0, languagesAdded: Int = 0, languagesDropped: Int = 0) {
            self.changed = changed
            self.languagesAdded = languagesAdded
            self.languagesDropped = languagesDropped
        }

        /// Whether all counts are zero.
        public var isZero: Bool { changed == 0 && languagesAdded == 0 && languagesDropped == 0 }
    }
}
