/// How similar indexed words are to each query word (one column per word, one more for joined
/// neighbours), so that scoring a candidate label looks each of its words up once, in a small
/// open-addressing table, instead of once per query word in a dictionary. A word absent from a
/// column scores 0.
struct TokenScoreTable {
    /// The number of columns.
    let width: Int
    /// Row numbers by hash of the word number, -1 for a free slot.
    private var slots: [Int32]
    private var keys: [Int32] = []
    /// Row-major: `width` scores per row.
    private var scores: [Double] = []

    /// A table of the words similar to each query word, as `similarTokens` finds them.
    init(columns: [[Int32: Double]]) {
        width = columns.count
        let wordCount = columns.reduce(0) { $0 + $1.count }
        var size = 16
        while size < 4 * wordCount { size *= 2 }
        slots = Array(repeating: -1, count: size)
        for (column, similar) in columns.enumerated() {
            for (token, score) in similar { scores[row(adding: token) * width + column] = score }
        }
    }

    /// The row of a word, or -1 when it is similar to no query word.
    @inline(__always)
    func row(of token: Int32) -> Int {
        let mask = slots.count - 1
        var slot = Self.slot(token, mask)
        while true {
            let row = slots[slot]
            if row < 0 || keys[Int(row)] == token { return Int(row) }
            slot = (slot + 1) & mask
        }
    }

    /// A word's score in a column, given its row.
    @inline(__always)
    func score(row: Int, column: Int) -> Double { scores[row * width + column] }

    private mutating func row(adding token: Int32) -> Int {
        let mask = slots.count - 1
        var slot = Self.slot(token, mask)
        while slots[slot] >= 0 {
            if keys[Int(slots[slot])] == token { return Int(slots[slot]) }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(keys.count)
        keys.append(token)
        scores.append(contentsOf: repeatElement(0, count: width))
        return keys.count - 1
    }

    @inline(__always)
    private static func slot(_ token: Int32, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: token)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
