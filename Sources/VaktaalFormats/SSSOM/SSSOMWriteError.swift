/// A value that SSSOM/TSV cannot carry, found while writing: the file is not written, since
/// every file Vaktaal writes must pass `sssom validate`.
public enum SSSOMWriteError: Error, Equatable, Sendable {
    /// A slot whose value is outside its range (a justification that is no semapv term, a
    /// confidence outside 0…1, a date that is no `YYYY-MM-DD`, …).
    case invalidValue(slot: String, value: String, mapping: String, expected: String)
}

extension SSSOMWriteError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .invalidValue(let slot, let value, let mapping, let expected):
            "error: cannot write SSSOM: `\(slot)` of \(mapping) is \(value); expected \(expected)"
        }
    }
}


