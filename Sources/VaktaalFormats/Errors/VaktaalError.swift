#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif
public import VaktaalModel

/// The errors of Vaktaal's readers and writers: each describes itself with file, line, column
/// and what was expected, ready to show to a user, as `description` and as `localizedDescription`
/// (through `LocalizedError`). Enumerations (``FileError``, ``RDFXMLWriteError``,
/// ``SSSOMWriteError``) give callers a case to switch on; a ``ParseError`` carries the format,
/// the ``SourceLocation`` and the message.
public protocol VaktaalError: LocalizedError, CustomStringConvertible {}

extension VaktaalError {
    /// The same text as `description`.
    public var errorDescription: String? { description }
}

extension ParseError: VaktaalError {}
extension FileError: VaktaalError {}
extension RDFXMLWriteError: VaktaalError {}
extension SSSOMWriteError: VaktaalError {}
extension SnapshotFileError: VaktaalError {}
extension SnapshotError: VaktaalError {}
