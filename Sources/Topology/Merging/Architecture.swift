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
    /// What the source holds that could not be resolved, in the order it was met.
    public var warnings: [LoadWarning] = []
    /// Things the source describes that the model has no element for, by their type
    /// (`AWS::Lambda::Function`), with how many there are: listed, never silently dropped.
    public var notModelled: [String: Int] = [:]

    public init(source: String, name: String = "", description: String = "") {
        self.source = source
        self.name = name
        self.description = description
    }
}
