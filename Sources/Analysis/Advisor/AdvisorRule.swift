/// The rules the advisor applies. Each reason names one, so a test, a script or a reader
/// can tell why an option was judged as it was. The raw values are the ids `--json` prints.
public enum AdvisorRule: String, CaseIterable, Sendable, Codable {
    /// Routing (peering, transit gateway, VPN, DX) cannot join overlapping address spaces;
    /// PrivateLink and VPC Lattice do not care.
    case overlappingCidrs = "overlapping-cidrs"
    /// Gateway endpoints serve S3 and DynamoDB only, in their own region, from inside their VPC.
    case gatewayEndpointScope = "gateway-endpoint-scope"
    /// The endpoint type must match the service: NLB-backed → interface, GWLB-backed → GWLB endpoint.
    case serviceTypeMismatch = "service-type-mismatch"
    /// The service or option does not reach the consumer's region.
    case unsupportedRegion = "unsupported-region"
    /// A transit gateway is regional; another region needs transit gateway peering.
    case tgwRegional = "tgw-regional"
    /// Peering joins two VPCs and carries no traffic onward.
    case peeringNotTransitive = "peering-not-transitive"
    /// On-premises networks reach AWS over Site-to-Site VPN or Direct Connect.
    case onPremNeedsVpnOrDx = "on-prem-needs-vpn-or-dx"
    /// An interface endpoint should sit in AZs the service's load balancer serves (by AZ id).
    case azCoverage = "az-coverage"
    /// A link or endpoint for this pair already exists.
    case alreadyConnected = "already-connected"
    /// An existing endpoint or link does not carry traffic in its current state.
    case notCarryingTraffic = "not-carrying-traffic"
    /// Only the consumer initiates over PrivateLink; a provider cannot open connections back.
    case consumerInitiates = "consumer-initiates"
    /// Options that join networks need a VPC (or a network) at both ends, not an AWS service.
    case notANetwork = "not-a-network"
    /// VPN and Direct Connect join a network outside AWS to AWS, not two VPCs.
    case hybridOnly = "hybrid-only"
    /// A NAT gateway reaches public addresses only, and only outbound.
    case natInternetOnly = "nat-internet-only"
    /// VPN, Direct Connect, peering and transit gateways reach an AWS service only as the
    /// way to an interface endpoint in some VPC.
    case needsInterfaceEndpoint = "needs-interface-endpoint"
    /// The provider must publish something first (an endpoint service, a Lattice service, a resource configuration).
    case providerMustPublish = "provider-must-publish"
    /// Reaching a service by routing to its provider VPC bypasses PrivateLink's isolation.
    case bypassesPrivateLink = "bypasses-privatelink"
    /// VPC Lattice service networks are regional.
    case latticeRegional = "lattice-regional"
    /// Cloud WAN pays off across regions and segments; within one region a transit gateway is simpler.
    case cloudWANScope = "cloud-wan-scope"
    /// VPC sharing shares one VPC's subnets with accounts of the same organization, in its region.
    case sharingScope = "sharing-scope"
    /// Both ends are the same network: its local route already joins them.
    case sameNetwork = "same-network"
    /// A fact this judgement needs has no confirmed source.
    case unconfirmed = "unconfirmed"
    /// The option works across accounts or regions as this pair needs.
    case crossBoundary = "cross-boundary"
    /// The option fits what this pair needs (service type, protocol, direction).
    case fits = "fits"
}
