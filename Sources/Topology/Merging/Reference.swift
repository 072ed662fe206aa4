/// A reference from one element to another, kept until every source is loaded so that a
/// file may point at elements another source defines (a consumer account's endpoint to a
/// provider account's service).
public struct Reference: Sendable {
    public let fromKind: ElementKind
    public let fromId: String
    public let field: String
    public let target: String
    /// The kinds the target may be; the first is named in messages.
    public let expected: [ElementKind]
    public let location: SourceLocation?

    public init(fromKind: ElementKind, fromId: String, field: String, target: String, expected: [ElementKind],
                location: SourceLocation?) {
        self.fromKind = fromKind
        self.fromId = fromId
        self.field = field
        self.target = target
        self.expected = expected
        self.location = location
    }
}
