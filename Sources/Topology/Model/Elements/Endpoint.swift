/// A VPC endpoint: the consumer side of private connectivity to a service.
public struct Endpoint: ModelElement, Hashable {
    public var id: String
    public var name: String
    public var type: EndpointType
    public var vpc: String
    /// The service id; resource and service-network endpoints may have none.
    public var service: String?
    public var subnets: [String]
    public var securityGroups: [String]
    public var routeTables: [String]
    public var privateDns: Bool
    public var state: EndpointState
    /// The endpoint policy document, as written.
    public var policy: String?
    public var location: SourceLocation?
    public var kind: ElementKind { .endpoint }

    public init(id: String, name: String, type: EndpointType, vpc: String, service: String?,
                subnets: [String] = [], securityGroups: [String] = [], routeTables: [String] = [],
                privateDns: Bool = false, state: EndpointState = .available, policy: String? = nil,
                location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.vpc = vpc
        self.service = service
        self.subnets = subnets
        self.securityGroups = securityGroups
        self.routeTables = routeTables
        self.privateDns = privateDns
        self.state = state
        self.policy = policy
        self.location = location
    }
}
