/// Something a source says that linkscope read but could not resolve (an import no other
/// source exports, a parameter given no value): the model keeps a symbolic stand-in and
/// the load goes on, so one part of a design can be explored alone. `--strict` refuses
/// the load instead.
public struct LoadWarning: Hashable, Sendable, CustomStringConvertible {
    /// Where the unresolved thing was written, when a file says it.
    public let location: SourceLocation?
    public let message: String

    public init(_ location: SourceLocation?, _ message: String) {
        self.location = location
        self.message = message
    }

    /// `FILE:LINE:COLUMN: warning: message`, the form compilers use.
    public var description: String { "\(location.map { "\($0): " } ?? "")warning: \(message)" }

    /// The same finding as an error line (`FILE:LINE:COLUMN: message`), for `--strict`.
    public var asError: String { "\(location.map { "\($0): " } ?? "")\(message)" }
}
