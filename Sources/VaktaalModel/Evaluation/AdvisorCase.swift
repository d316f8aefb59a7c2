/// One training need of an evaluation set, with the answers a terminologist accepts.
package struct AdvisorCase: Sendable, Equatable {
    package var id: String
    /// `dev` (used for tuning) or `test` (held out).
    package var split: String
    package var from: String
    package var to: String
    /// `term` or `sentence`.
    package var kind: String
    package var query: String
    /// The accepted target IRIs; empty when the honest answer is "no counterpart".
    package var accepted: Set<String>

    package init(id: String, split: String, from: String, to: String, kind: String, query: String, accepted: Set<String>) {
        (self.id, self.split, self.from, self.to, self.kind, self.query, self.accepted) = (id, split, from, to, kind, query, accepted)
    }

    /// Whether the honest answer is that the target has no counterpart.
    package var expectsNoCounterpart: Bool { accepted.isEmpty }

    /// Parses the tab-separated evaluation file: a header line naming the columns `id split from
    /// to kind query accepted` (others ignored), `#` lines are comments, `accepted` is a
    /// space-separated list of IRIs or `none`.
    package static func parse(_ text: String) throws(AdvisorCaseError) -> [AdvisorCase] {
        var columns: [String: Int] = [:]
        var cases: [AdvisorCase] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if columns.isEmpty {
                columns = Dictionary(fields.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
                for required in ["id", "split", "from", "to", "kind", "query", "accepted"] where columns[required] == nil {
                    throw AdvisorCaseError(line: number + 1, message: "the header has no column '\(required)'")
                }
                continue
            }
            func field(_ name: String) throws(AdvisorCaseError) -> String {
                guard let index = columns[name], index < fields.count else {
                    throw AdvisorCaseError(line: number + 1, message: "the row has no '\(name)' field")
                }
                return fields[index]
            }
            let accepted = try field("accepted")
            cases.append(AdvisorCase(id: try field("id"), split: try field("split"), from: try field("from"), to: try field("to"),
                                     kind: try field("kind"), query: try field("query"),
                                     accepted: accepted == "none" ? [] : Set(accepted.split(separator: " ").map(String.init))))
        }
        return cases
    }
}

/// A malformed line in an evaluation file.
package struct AdvisorCaseError: Error, CustomStringConvertible {
    package var line: Int
    package var message: String
    package var description: String { "line \(line): \(message)" }
}
