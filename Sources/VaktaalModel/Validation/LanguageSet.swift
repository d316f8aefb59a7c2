/// A set of language numbers: a bit set whose first 64 numbers need no allocation.
struct LanguageSet: Equatable, Sendable {
    var first: UInt64 = 0
    var rest: [UInt64] = []

    mutating func insert(_ number: Int) {
        if number < 64 { first |= 1 << UInt64(number); return }
        let word = (number >> 6) - 1
        if rest.count <= word { rest += Array(repeating: 0, count: word + 1 - rest.count) }
        rest[word] |= 1 << UInt64(number & 63)
    }

    var isEmpty: Bool { first == 0 && rest.allSatisfy { $0 == 0 } }

    mutating func formUnion(_ other: LanguageSet) {
        first |= other.first
        if rest.count < other.rest.count { rest += Array(repeating: 0, count: other.rest.count - rest.count) }
        for (index, word) in other.rest.enumerated() { rest[index] |= word }
    }

    /// The numbers in `other` that are not in this set.
    func missing(from other: LanguageSet) -> [Int] {
        var result: [Int] = []
        func collect(_ absent: UInt64, offset: Int) {
            var absent = absent
            while absent != 0 {
                result.append(offset + absent.trailingZeroBitCount)
                absent &= absent - 1
            }
        }
        collect(other.first & ~first, offset: 0)
        for (index, word) in other.rest.enumerated() {
            collect(word & ~(index < rest.count ? rest[index] : 0), offset: (index + 1) * 64)
        }
        return result
    }
}
