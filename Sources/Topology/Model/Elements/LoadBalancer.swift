/// An Elastic Load Balancing load balancer. Network and gateway load balancers can stand
/// behind endpoint services; the zones it serves are those of its subnets.
public struct LoadBalancer: ModelElement, Hashable {
    public var id: String
    public var name: String
    public var type: LoadBalancerType
    public var vpc: String
    public var subnets: [String]
    public var scheme: LoadBalancerScheme
    /// Application load balancers always have groups; network load balancers may (since 2023-08).
    public var securityGroups: [String]
    public var location: SourceLocation?
    public var kind: ElementKind { .loadBalancer }

    public init(id: String, name: String, type: LoadBalancerType, vpc: String, subnets: [String],
                scheme: LoadBalancerScheme = .internal, securityGroups: [String] = [], location: SourceLocation? = nil) {
        self.securityGroups = securityGroups
        self.id = id
        self.name = name
        self.type = type
        self.vpc = vpc
        self.subnets = subnets
        self.scheme = scheme
        self.location = location
    }
}
