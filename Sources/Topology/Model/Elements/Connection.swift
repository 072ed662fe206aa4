/// A link between networks: a VPC peering, a transit gateway and its attachments, a
/// peering between transit gateways, a Site-to-Site VPN or a Direct Connect connection.
///
/// Each type has one meaning for `between` and `attachments`; the loader refuses the rest
/// and `ConnectionForms` rewrites the equivalent spellings into these:
/// - `vpc-peering`: `between` holds the two VPCs.
/// - `transit-gateway`: `attachments` holds the VPCs, VPN, Direct Connect and transit
///   gateway peering connections it attaches.
/// - `transit-gateway-peering`: `between` holds the two transit gateways.
/// - `vpn`, `direct-connect`: `between` holds the VPCs it ends on (a VPN at most one);
///   a transit gateway that attaches it lists it in its own `attachments`.
public struct Connection: ModelElement, Hashable {
    public var id: String
    public var name: String
    public var type: ConnectionType
    /// The ends: two VPCs for peering, two transit gateways for transit gateway peering,
    /// the VPCs a VPN or Direct Connect connection ends on (none when only a transit gateway attaches it).
    public var between: [String]
    /// What a transit gateway attaches: VPCs, VPNs, Direct Connect and peering connections.
    public var attachments: [String]
    /// For a transit gateway, the VPC attachments with appliance mode on (a flow keeps one AZ
    /// in both directions); nil when the source does not say, as snapshots cannot.
    public var applianceMode: [String]?
    /// For a transit gateway, the subnets each VPC attachment has an interface in, by VPC id
    /// (traffic enters and leaves a VPC only in those zones); nil when the source does not say.
    public var attachmentSubnets: [String: [String]]?
    /// For a VPN: the virtual private gateway it ends on (a transit gateway lists it instead),
    /// the customer gateway at the other end, and its static routes (none with BGP).
    public var vpnGateway: String?
    public var customerGateway: String?
    public var staticRoutes: [CIDR]
    public var region: String?
    public var state: ConnectionState
    public var location: SourceLocation?
    public var kind: ElementKind { .connection }

    public init(id: String, name: String, type: ConnectionType, between: [String] = [], attachments: [String] = [],
                applianceMode: [String]? = nil, attachmentSubnets: [String: [String]]? = nil,
                vpnGateway: String? = nil, customerGateway: String? = nil, staticRoutes: [CIDR] = [],
                region: String? = nil, state: ConnectionState = .active, location: SourceLocation? = nil) {
        self.attachmentSubnets = attachmentSubnets
        self.vpnGateway = vpnGateway
        self.customerGateway = customerGateway
        self.staticRoutes = staticRoutes
        self.id = id
        self.name = name
        self.type = type
        self.between = between
        self.attachments = attachments
        self.applianceMode = applianceMode
        self.region = region
        self.state = state
        self.location = location
    }

    /// Every element id this connection joins, ends and attachments alike.
    public var members: [String] { between + attachments }
}
