/// An AWS account. Accounts that VPCs name but no source declares are added with their id
/// as the name, so a hand-written file need not list them.
public struct Account: ModelElement, Hashable {
    public var id: String
    public var name: String
    public var location: SourceLocation?
    public var kind: ElementKind { .account }

    public init(id: String, name: String, location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.location = location
    }
}
