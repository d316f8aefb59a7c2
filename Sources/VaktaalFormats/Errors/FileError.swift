/// A problem reading or writing a file, or recognising its format.
public enum FileError: Error, Equatable, Sendable {
    /// The file cannot be read.
    case unreadable(path: String, reason: String)
    /// The file cannot be written; the previous file, if any, is left as it was.
    case unwritable(path: String, reason: String)
    /// The format cannot be told from the name and none was given.
    case unknownFormat(path: String, known: [String])
    /// The file holds nothing but white space (and perhaps a byte order mark).
    case emptyFile(path: String, expected: String)
    /// The content is clearly not in the format the name or option claims.
    case wrongFormat(path: String, expected: String, found: String)
}

extension FileError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): error: cannot read: \(reason)"
        case .unwritable(let path, let reason):
            "\(path): error: cannot write: \(reason)"
        case .unknownFormat(let path, let known):
            "\(path): error: cannot tell the format from the file name; name it: one of \(known.joined(separator: ", "))"
        case .emptyFile(let path, let expected):
            "\(path):1:1: error: empty file; expected \(expected)"
        case .wrongFormat(let path, let expected, let found):
            "\(path):1:1: error: expected \(expected) but the file looks like \(found)"
        }
    }
}
