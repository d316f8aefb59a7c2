/// Why the bytes of a snapshot cannot be used. A snapshot is never read in part: any of these
/// means nothing of it was used.
public enum SnapshotError: Error, Equatable, Sendable {
    /// The bytes do not start with a snapshot header: the file is something else.
    case notASnapshot
    /// The snapshot was written in another layout version (by another release of Vaktaal).
    case foreignVersion(found: UInt32, expected: UInt32)
    /// The snapshot was written on a machine with another byte order or word size.
    case foreignMachine
    /// The file is shorter than its header says: it was cut off while written or copied.
    case truncated(expected: Int, found: Int)
    /// The content does not match the checksum in the header: the file was changed or damaged.
    case checksumMismatch
    /// The content is inconsistent although its checksum matches (a bug, or a forged file).
    case malformed(section: String, offset: Int, expected: String)
}

extension SnapshotError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .notASnapshot:
            "not a Vaktaal snapshot (no snapshot header); expected a file written by `vaktaal snapshot`"
        case .foreignVersion(let found, let expected):
            "snapshot layout version \(found), but this Vaktaal reads version \(expected); make the snapshot again with `vaktaal snapshot`"
        case .foreignMachine:
            "snapshot written on a machine with another byte order or word size; make it again on this one"
        case .truncated(let expected, let found):
            "snapshot cut off: the header says \(expected) bytes, the file has \(found); make it again"
        case .checksumMismatch:
            "snapshot damaged: its content does not match its checksum; make it again"
        case .malformed(let section, let offset, let expected):
            "snapshot malformed in \(section) at byte \(offset): expected \(expected)"
        }
    }
}
