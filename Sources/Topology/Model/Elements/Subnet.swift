/// A subnet: one CIDR in one Availability Zone of its VPC.
///
/// Both the zone name (`us-east-1a`) and the zone id (`use1-az1`) are kept: names are
/// mapped to physical zones differently in every account, so only ids can be compared
/// across accounts (an endpoint and the provider's load balancer, say).
public struct Subnet: ModelElement, Hashable {
    public var id: String
    public var name: String
    public var vpc: String
    public var zone: String
    public var zoneId: String?
    public var cidr: CIDR?
    public var location: SourceLocation?
    public var kind: ElementKind { .subnet }

    public init(id: String, name: String, vpc: String, zone: String, zoneId: String?, cidr: CIDR?,
                location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.vpc = vpc
        self.zone = zone
        self.zoneId = zoneId
        self.cidr = cidr
        self.location = location
    }
}
