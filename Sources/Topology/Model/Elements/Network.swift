/// A network outside AWS (a data centre, an office) and the VPN or Direct Connect
/// connections it reaches AWS through.
public struct Network: ModelElement, Hashable {
    public var id: String
    public var name: String
    public var cidrs: [CIDR]
    public var via: [String]
    public var location: SourceLocation?
    public var kind: ElementKind { .network }

    public init(id: String, name: String, cidrs: [CIDR], via: [String], location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.cidrs = cidrs
        self.via = via
        self.location = location
    }
}
