/// A route table of a transit gateway: the attachments associated with it (whose traffic
/// it routes), those that propagate their routes into it, and its static and blackhole
/// routes. Attachments are named by what they attach (a VPC, VPN, Direct Connect or
/// peering connection id), as the transit gateway's `attachments` name them.
public struct TransitGatewayRouteTable: ModelElement, Hashable {
    public struct Route: Hashable, Sendable, CustomStringConvertible {
        /// A CIDR or a prefix list id.
        public var destination: String
        /// The attachment traffic goes to; nil for a blackhole route.
        public var target: String?

        public init(destination: String, target: String?) {
            self.destination = destination
            self.target = target
        }

        public var isBlackhole: Bool { target == nil }

        public var description: String { "\(destination) → \(target ?? "blackhole")" }
    }

    public var id: String
    public var name: String
    public var transitGateway: String
    public var associations: [String]
    public var propagations: [String]
    /// Static and blackhole routes; propagated routes follow from `propagations`.
    public var routes: [Route]
    public var location: SourceLocation?
    public var kind: ElementKind { .transitGatewayRouteTable }

    public init(id: String, name: String, transitGateway: String, associations: [String] = [],
                propagations: [String] = [], routes: [Route] = [], location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.transitGateway = transitGateway
        self.associations = associations
        self.propagations = propagations
        self.routes = routes
        self.location = location
    }
}
