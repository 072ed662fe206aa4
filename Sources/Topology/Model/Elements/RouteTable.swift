/// A route table of a VPC, the subnets associated with it, and its routes.
public struct RouteTable: ModelElement, Hashable {
    /// One route: traffic for `destination` (a CIDR or a prefix list id) goes to `target`
    /// (an element id such as an endpoint or transit gateway, or `local`, `igw-…`, `nat-…`).
    public struct Route: Hashable, Sendable {
        public var destination: String
        public var target: String
        /// A route whose target is gone (a deleted NAT gateway, a detached interface): AWS
        /// keeps it and drops what it matches.
        public var isBlackhole: Bool
        public init(destination: String, target: String, isBlackhole: Bool = false) {
            self.destination = destination
            self.target = target
            self.isBlackhole = isBlackhole
        }
    }

    public var id: String
    public var name: String
    public var vpc: String
    public var subnets: [String]
    public var routes: [Route]
    /// The VPC's main table routes every subnet no table lists.
    public var main: Bool
    public var location: SourceLocation?
    public var kind: ElementKind { .routeTable }

    public init(id: String, name: String, vpc: String, subnets: [String], routes: [Route], main: Bool = false,
                location: SourceLocation? = nil) {
        self.main = main
        self.id = id
        self.name = name
        self.vpc = vpc
        self.subnets = subnets
        self.routes = routes
        self.location = location
    }
}
