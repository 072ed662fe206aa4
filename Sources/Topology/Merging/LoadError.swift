/// Why a source could not be loaded. The message is ready to print: it starts with the
/// place (`FILE:LINE:COLUMN`, or the file and a JSON path) and says what is wrong.
public struct LoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, which decides the exit code.
    public enum Reason: Sendable {
        /// The source is malformed or inconsistent (exit 65).
        case malformed
        /// The source does not exist or cannot be read (exit 66).
        case unreadable
    }

    public let reason: Reason
    public let message: String

    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    /// A malformed-input error at a place in a file.
    public static func at(_ location: SourceLocation, _ what: String) -> LoadError {
        LoadError(.malformed, "\(location): \(what)")
    }

    public var description: String { message }

    /// The exit code of the command-line contract: 65 malformed, 66 unreadable.
    public var exitCode: Int32 { reason == .malformed ? 65 : 66 }
}
