/// One loaded source, before merging: its elements as written and the references to check.
public struct Architecture: Sendable {
    /// Where it came from, for messages: a path, or `sample:NAME`.
    public var source: String
    public var name: String
    public var description: String
    public var accounts: [Account] = []
    public var vpcs: [Vpc] = []
    public var subnets: [Subnet] = []
    public var routeTables: [RouteTable] = []
    public var loadBalancers: [LoadBalancer] = []
    public var services: [Service] = []
    public var endpoints: [Endpoint] = []
    public var connections: [Connection] = []
    public var networks: [Network] = []
    public var instances: [Instance] = []
    public var networkInterfaces: [NetworkInterface] = []
    public var securityGroups: [SecurityGroup] = []
    public var networkAcls: [NetworkAcl] = []
    public var gateways: [Gateway] = []
    public var prefixLists: [PrefixList] = []
    public var transitGatewayRouteTables: [TransitGatewayRouteTable] = []
    public var references: [Reference] = []

    public init(source: String, name: String = "", description: String = "") {
        self.source = source
        self.name = name
        self.description = description
    }
}
