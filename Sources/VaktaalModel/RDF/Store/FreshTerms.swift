/// A ``TermReader`` that makes a new string every time: for reading a few values.
struct FreshTerms: TermReader {
    let table: TermTable

    init(_ table: TermTable) {
        self.table = table
    }

    func string(_ id: TermID) -> String {
        table.string(id)
    }
}
