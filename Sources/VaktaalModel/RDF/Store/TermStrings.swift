/// A ``TermReader`` that makes each term's string once: every value made from a term then shares
/// one string buffer, as the parser's strings never did.
struct TermStrings: TermReader {
    let table: TermTable
    private var made: [String?]

    /// A cache for every term of a table.
    init(_ table: TermTable) {
        self.table = table
        made = Array(repeating: nil, count: table.count)
    }

    /// The text of a term.
    @inline(__always)
    mutating func string(_ id: TermID) -> String {
        if let known = made[Int(id)] { return known }
        let string = table.string(id)
        made[Int(id)] = string
        return string
    }
}
