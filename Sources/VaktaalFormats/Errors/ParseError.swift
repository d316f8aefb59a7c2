/// A syntax or grammar error in an input file: where it is, what was expected, and the offending
/// line so that it can be shown with a caret under the column.
public struct ParseError: Error, Equatable, Sendable {
    /// The format being read, e.g. `RDF/XML`.
    public var format: String
    /// Where the error is.
    public var location: SourceLocation
    /// What is wrong and what was expected.
    public var message: String
    /// The text of the offending line, when known.
    public var sourceLine: String?

    /// Creates a parse error.
    public init(format: String, location: SourceLocation, message: String, sourceLine: String? = nil) {
        self.format = format
        self.location = location
        self.message = message
        self.sourceLine = sourceLine
    }

    /// Fills in the offending line from the input bytes, when the line number is known.
    public func withSourceLine(from bytes: some Collection<UInt8>) -> ParseError {
        guard sourceLine == nil, location.line > 0 else { return self }
        var copy = self
        var line = 1
        var current: [UInt8] = []
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                if line == location.line { break }
                line += 1
                continue
            }
            if line == location.line { current.append(byte) }
            if line > location.line { break }
        }
        if line == location.line {
            if current.last == UInt8(ascii: "\r") { current.removeLast() }
            copy.sourceLine = String(decoding: current.prefix(400), as: UTF8.self)
        }
        return copy
    }
}

extension ParseError: CustomStringConvertible {
    /// `file:line:column: error: message` followed by the line and a caret under the column.
    public var description: String {
        var text = "\(location): error: \(format): \(message)"
        if let sourceLine {
            text += "\n" + sourceLine.replacingTabs()
            if location.column > 0 {
                let prefix = sourceLine.unicodeScalars.prefix(location.column - 1)
                let width = prefix.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
                text += "\n" + String(repeating: " ", count: width) + "^"
            }
        }
        return text
    }
}

private extension String {
    func replacingTabs() -> String {
        unicodeScalars.reduce(into: "") { result, scalar in
            if scalar == "\t" { result += "    " } else { result.unicodeScalars.append(scalar) }
        }
    }
}
