/// A notes folder, or a note in it, that cannot be read. The command line reports it with
/// exit 66, as it does a source that cannot be read.
public struct NotesUnreadable: Error, Equatable, Sendable, CustomStringConvertible {
    /// Ready to print: the path, then what is wrong.
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
