/// An EC2 instance: the usual start and end of a trace. Its addresses and groups are those
/// of its primary network interface (others are elements of their own).
public struct Instance: ModelElement, Hashable {
    public var id: String
    public var name: String
    public var vpc: String
    public var subnet: String
    public var privateIps: [IPv4Address]
    public var publicIp: IPv4Address?
    public var securityGroups: [String]
    public var state: String
    public var location: SourceLocation?
    public var kind: ElementKind { .instance }

    public init(id: String, name: String, vpc: String, subnet: String, privateIps: [IPv4Address] = [],
                publicIp: IPv4Address? = nil, securityGroups: [String] = [], state: String = "running",
                location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.vpc = vpc
        self.subnet = subnet
        self.privateIps = privateIps
        self.publicIp = publicIp
        self.securityGroups = securityGroups
        self.state = state
        self.location = location
    }
}
