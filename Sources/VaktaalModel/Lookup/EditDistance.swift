/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), bounded.
package enum EditDistance {
    /// The distance between two byte strings, or nil when it exceeds `limit`.
    package static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in distance(a, b, limit: limit) } }
    }

    /// Only cells within `limit` of the diagonal can stay within `limit`, so only those are
    /// computed (the band), and values beyond `limit` are all kept as `limit + 1`; the search stops
    /// as soon as a whole row is beyond `limit`.
    static func distance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        let beyond = limit + 1
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
            var previousPrevious = rows.baseAddress!
            var previous = previousPrevious + width
            var current = previous + width
            for j in 0...b.count { previous[j] = min(j, beyond) }
            for i in 1...a.count {
                let low = max(1, i - limit), high = min(b.count, i + limit)
                current[0] = min(i, beyond)
                if low > 1 { current[low - 1] = beyond }
                var rowMinimum = current[0]
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, previousPrevious[j - 2] + 1)
                    }
                    value = min(value, beyond)
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if high < b.count { current[high + 1] = beyond }
                if rowMinimum > limit { return nil }
                (previousPrevious, previous, current) = (previous, current, previousPrevious)
            }
            return previous[b.count] <= limit ? previous[b.count] : nil
        }
    }

    /// How many edits a word of this length may have and still count as a typo of another:
    /// none up to 3 letters, one up to 7, two beyond.
    package static func tolerance(forLength length: Int) -> Int {
        length <= 3 ? 0 : (length <= 7 ? 1 : 2)
    }
}
