import Topology

/// A check rule: its id, severity, what it looks for, how to fix what it finds, and the
/// AWS documentation it rests on.
public struct Rule: Sendable, Equatable {
    public let id: String
    public let severity: Severity
    public let title: String
    public let hint: String
    public let source: String
    /// The kind of element its findings are about (`Finding.element`): the explorer
    /// marks only elements of these kinds, so it can draw a screen of other kinds (the
    /// first one: accounts, regions, VPCs) before the checks have run.
    public let about: ElementKind

    init(id: String, severity: Severity, about: ElementKind, title: String, hint: String, source: String) {
        self.id = id
        self.severity = severity
        self.about = about
        self.title = title
        self.hint = hint
        self.source = source
    }
}

/// Every rule linkscope checks, in the order findings are reported.
public enum Rules {
    static let privateLinkDocs = "https://docs.aws.amazon.com/vpc/latest/privatelink"

    public static let endpointZoneNotServed = Rule(
        id: "endpoint-zone-not-served", severity: .error, about: .endpoint,
        title: "Interface endpoint in a zone the service's load balancer does not serve",
        hint: "Use subnets in zones the load balancer serves (compare zone IDs, not names), or enable the zone on the load balancer.",
        source: "\(privateLinkDocs)/create-endpoint-service.html")
    public static let privateDnsNeedsVpcDns = Rule(
        id: "private-dns-needs-vpc-dns", severity: .error, about: .endpoint,
        title: "Private DNS on an endpoint whose VPC lacks DNS hostnames or DNS support",
        hint: "Turn on enableDnsHostnames and enableDnsSupport on the VPC, or turn private DNS off and use the endpoint's own names.",
        source: "\(privateLinkDocs)/privatelink-access-aws-services.html")
    public static let endpointNotAvailable = Rule(
        id: "endpoint-not-available", severity: .error, about: .endpoint,
        title: "Endpoint pending acceptance, rejected, failed or expired",
        hint: "The provider must accept a pending endpoint; recreate a rejected, failed or expired one.",
        source: "\(privateLinkDocs)/configure-endpoint-service.html")
    public static let gatewayEndpointService = Rule(
        id: "gateway-endpoint-service", severity: .error, about: .endpoint,
        title: "Gateway endpoint to a service other than S3 or DynamoDB",
        hint: "Gateway endpoints exist only for Amazon S3 and DynamoDB; use an interface endpoint for other services.",
        source: "\(privateLinkDocs)/gateway-endpoints.html")
    public static let gatewayEndpointNoRouteTable = Rule(
        id: "gateway-endpoint-no-route-table", severity: .warning, about: .endpoint,
        title: "Gateway endpoint with no route table",
        hint: "Associate the route tables of the subnets that should use it; without a route, no traffic reaches it.",
        source: "\(privateLinkDocs)/gateway-endpoints.html")
    public static let endpointTypeMismatch = Rule(
        id: "endpoint-type-mismatch", severity: .error, about: .endpoint,
        title: "Endpoint type does not match the service's load balancer",
        hint: "An NLB-backed service takes interface endpoints; a GWLB-backed service takes Gateway Load Balancer endpoints only.",
        source: "\(privateLinkDocs)/gateway-load-balancer-endpoints.html")
    public static let peeringOverlappingCidrs = Rule(
        id: "peering-overlapping-cidrs", severity: .error, about: .connection,
        title: "VPC peering between VPCs with overlapping CIDRs",
        hint: "Peering refuses overlapping CIDR blocks; renumber one side, or reach the service over PrivateLink instead.",
        source: "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html")
    public static let peeringMissingRoute = Rule(
        id: "peering-missing-route", severity: .warning, about: .connection,
        title: "VPC peering that a side has no route over",
        hint: "Add a route to the peer's CIDR with the peering connection as target in both VPCs' route tables.",
        source: "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html")
    public static let transitGatewayOverlappingCidrs = Rule(
        id: "transit-gateway-overlapping-cidrs", severity: .warning, about: .connection,
        title: "Transit gateway attachments whose VPC CIDRs overlap",
        hint: "A transit gateway does not route between overlapping CIDRs: renumber, or separate them into route tables that never meet.",
        source: "https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html")
    public static let transitGatewayApplianceMode = Rule(
        id: "transit-gateway-appliance-mode", severity: .warning, about: .connection,
        title: "Inspection VPC attached to a transit gateway without appliance mode",
        hint: "Turn on appliance mode (ApplianceModeSupport) on the inspection VPC's attachment, so both directions of a flow use one Availability Zone and reach the same appliance.",
        source: "https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-appliance-scenario.html")
    public static let networkOverlappingCidrs = Rule(
        id: "network-overlapping-cidrs", severity: .warning, about: .network,
        title: "On-premises network whose CIDRs overlap a VPC it reaches",
        hint: "VPN and Direct Connect route by destination address: renumber one side, or translate addresses (a private NAT gateway) so the ranges no longer meet.",
        source: "https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-scenarios.html")
    public static let unsupportedConsumerRegion = Rule(
        id: "unsupported-consumer-region", severity: .error, about: .endpoint,
        title: "Consumer in a region the endpoint service does not support",
        hint: "The provider must add the consumer's region to the service's supported regions (cross-region PrivateLink, since 2024-11-26).",
        source: "\(privateLinkDocs)/privatelink-share-your-services.html")
    public static let subnetOutsideVpc = Rule(
        id: "subnet-outside-vpc", severity: .error, about: .subnet,
        title: "Subnet CIDR outside its VPC's CIDRs",
        hint: "A subnet's CIDR must be inside one of its VPC's CIDR blocks.",
        source: "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html")
    public static let subnetOverlap = Rule(
        id: "subnet-overlap", severity: .error, about: .subnet,
        title: "Subnets of one VPC with overlapping CIDRs",
        hint: "Subnets of a VPC cannot overlap; give each its own range.",
        source: "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html")
    public static let serviceLoadBalancerType = Rule(
        id: "service-load-balancer-type", severity: .error, about: .endpointService,
        title: "Endpoint service backed by a load balancer that is not a network or gateway load balancer",
        hint: "Endpoint services front Network or Gateway Load Balancers; put an NLB in front of an ALB to publish it.",
        source: "\(privateLinkDocs)/create-endpoint-service.html")
    public static let loadBalancerShared = Rule(
        id: "load-balancer-shared", severity: .error, about: .loadBalancer,
        title: "Load balancer behind two endpoint services",
        hint: "A load balancer can be associated with one endpoint service only.",
        source: "\(privateLinkDocs)/create-endpoint-service.html")
    public static let singleZoneEndpoint = Rule(
        id: "single-zone-endpoint", severity: .warning, about: .endpoint,
        title: "Interface or Gateway Load Balancer endpoint in a single zone",
        hint: "Use a subnet in at least two Availability Zones (one GWLB endpoint per zone) so a zone failure does not cut the path.",
        source: "\(privateLinkDocs)/create-interface-endpoint.html")
    public static let serviceWithoutConsumers = Rule(
        id: "service-without-consumers", severity: .info, about: .endpointService,
        title: "Endpoint service with no consumers",
        hint: "Nothing connects to it in this architecture: fine for a new service, else a candidate for removal.",
        source: "\(privateLinkDocs)/configure-endpoint-service.html")
    public static let connectionNotActive = Rule(
        id: "connection-not-active", severity: .info, about: .connection,
        title: "Peering, attachment or link not in an active state",
        hint: "A connection carries traffic only once active: accept a pending peering, or check the link's state.",
        source: "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html")

    /// The catalogue, in report order.
    public static let all: [Rule] = [
        endpointZoneNotServed, privateDnsNeedsVpcDns, endpointNotAvailable, gatewayEndpointService,
        gatewayEndpointNoRouteTable, endpointTypeMismatch, peeringOverlappingCidrs, peeringMissingRoute,
        transitGatewayOverlappingCidrs, transitGatewayApplianceMode, networkOverlappingCidrs, unsupportedConsumerRegion, subnetOutsideVpc, subnetOverlap,
        serviceLoadBalancerType, loadBalancerShared, singleZoneEndpoint, serviceWithoutConsumers, connectionNotActive,
    ]

    public static func rule(_ id: String) -> Rule? { all.first { $0.id == id } }

    /// The kinds of element any rule reports on.
    public static let subjects: Set<ElementKind> = Set(all.map(\.about))
}
