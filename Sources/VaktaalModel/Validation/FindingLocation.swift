/// Where a finding comes from: a file, and a line in it when it could be found cheaply.
public struct FindingLocation: Hashable, Sendable, Codable {
    /// The file, as it was named on the command line.
    public var file: String
    /// The line, counted from 1, of the resource's first description in the file; nil when unknown.
    public var line: Int?

    /// Creates a location.
    public init(file: String, line: Int? = nil) {
        self.file = file
        self.line = line
    }
}

extension FindingLocation: CustomStringConvertible {
    /// `file:line`, or just the file.
    public var description: String { line.map { "\(file):\($0)" } ?? file }
}
