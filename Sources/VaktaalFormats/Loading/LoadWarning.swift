/// A problem loading went on past: a file of an ESCO download that was skipped, columns whose
/// values were not imported. It names the file as it is called on disk (ESCO's own name, such as
/// `ictSkillsCollection_en.csv`), so that the reader can find it.
public struct LoadWarning: Sendable, Equatable {
    /// The file, and the line when the warning is about one.
    public var location: SourceLocation
    /// The format being read, e.g. `ESCO CSV`.
    public var format: String
    /// What was found and what loading did about it.
    public var message: String

    /// Creates a warning.
    public init(format: String, location: SourceLocation, message: String) {
        self.format = format
        self.location = location
        self.message = message
    }
}

extension LoadWarning: CustomStringConvertible {
    /// `file:line: warning: format: message`, as ``ParseError`` writes errors.
    public var description: String {
        "\(location): warning: \(format): \(message)"
    }
}
