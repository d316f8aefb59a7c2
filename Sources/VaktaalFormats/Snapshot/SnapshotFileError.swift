public import VaktaalModel

/// A snapshot file that cannot be used, and why.
public struct SnapshotFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file.
    public let path: String
    /// What is wrong with its bytes.
    public let reason: SnapshotError

    /// An error about a snapshot file.
    public init(path: String, reason: SnapshotError) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): error: \(reason.description)" }
}

extension VocabularySnapshot {
    /// Runs `body` on the snapshot, naming the snapshot's file in the error it throws.
    /// - Throws: ``SnapshotFileError`` for a snapshot read from a file, else ``SnapshotError``.
    public func naming<Result>(_ body: (VocabularySnapshot) throws -> Result) throws -> Result {
        do {
            return try body(self)
        } catch let error as SnapshotError {
            guard let file else { throw error }
            throw SnapshotFileError(path: file, reason: error)
        }
    }
}
