/// A failure with the message to show and the exit status to end with.
struct CommandFailure: Error {
    let message: String
    let status: Int32

    /// A negative answer: nothing found, differences, findings (exit 1).
    static func negative(_ message: String) -> CommandFailure { CommandFailure(message: message, status: 1) }
    /// Bad input or usage (exit 2).
    static func trouble(_ message: String) -> CommandFailure { CommandFailure(message: message, status: 2) }
}
