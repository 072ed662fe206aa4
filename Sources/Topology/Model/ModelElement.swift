/// What every element of an architecture has: an id unique across all loaded sources, a
/// display name, its kind, and where it was defined.
public protocol ModelElement: Sendable {
    var id: String { get }
    var name: String { get }
    var kind: ElementKind { get }
    /// Where the element was defined, when it came from a file.
    var location: SourceLocation? { get }
}
