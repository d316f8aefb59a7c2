/// A place in an input file, for error messages.
public struct SourceLocation: Hashable, Sendable {
    /// The file path, or a name such as `<stdin>`.
    public var file: String
    /// The line, counted from 1; 0 when unknown.
    public var line: Int
    /// The column, counted from 1; 0 when unknown.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }
}

extension SourceLocation: CustomStringConvertible {
    /// `file:line:column`, leaving out what is unknown.
    public var description: String {
        guard line > 0 else { return file }
        return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
    }
}
