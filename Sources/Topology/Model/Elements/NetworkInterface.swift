/// An elastic network interface. Instances, interface endpoints, load balancers and NAT
/// gateways all send and receive through one; `owner` says which element it belongs to
/// where the source tells (its `InterfaceType`, `RequesterId` or description).
public struct NetworkInterface: ModelElement, Hashable {
    public var id: String
    public var name: String
    public var vpc: String
    public var subnet: String
    public var privateIps: [IPv4Address]
    public var publicIp: IPv4Address?
    public var securityGroups: [String]
    /// AWS's `InterfaceType` (`interface`, `vpc_endpoint`, `network_load_balancer`, `natGateway`…).
    public var interfaceType: String
    /// The element it belongs to: an instance, endpoint, load balancer or gateway id.
    public var owner: String?
    public var location: SourceLocation?
    public var kind: ElementKind { .networkInterface }

    public init(id: String, name: String, vpc: String, subnet: String, privateIps: [IPv4Address] = [],
                publicIp: IPv4Address? = nil, securityGroups: [String] = [], interfaceType: String = "interface",
                owner: String? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.vpc = vpc
        self.subnet = subnet
        self.privateIps = privateIps
        self.publicIp = publicIp
        self.securityGroups = securityGroups
        self.interfaceType = interfaceType
        self.owner = owner
        self.location = location
    }
}
