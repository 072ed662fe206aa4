/// A link between networks: a VPC peering, a transit gateway and its attachments, a
/// peering between transit gateways, a Site-to-Site VPN or a Direct Connect connection.
public struct Connection: ModelElement, Hashable {
    public var id: String
    public var name: String
    public var type: ConnectionType
    /// The two ends: VPCs for peering, transit gateways for transit gateway peering, the
    /// VPC a VPN or Direct Connect connection ends on (empty when it attaches to a transit gateway).
    public var between: [String]
    /// What a transit gateway attaches: VPCs, VPNs, Direct Connect and peering connections.
    public var attachments: [String]
    public var region: String?
    public var state: ConnectionState
    public var location: SourceLocation?
    public var kind: ElementKind { .connection }

    public init(id: String, name: String, type: ConnectionType, between: [String] = [], attachments: [String] = [],
                region: String? = nil, state: ConnectionState = .active, location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.between = between
        self.attachments = attachments
        self.region = region
        self.state = state
        self.location = location
    }

    /// Every element id this connection joins, ends and attachments alike.
    public var members: [String] { between + attachments }
}
