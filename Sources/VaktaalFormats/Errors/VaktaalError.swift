/// The errors of Vaktaal's readers and writers: each describes itself with file, line, column
/// and what was expected, ready to show to a user.
public protocol VaktaalError: Error, CustomStringConvertible {}

extension ParseError: VaktaalError {}
extension FileError: VaktaalError {}
extension RDFXMLWriteError: VaktaalError {}
