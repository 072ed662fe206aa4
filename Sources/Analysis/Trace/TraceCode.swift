/// Why a trace stops, as a stable code scripts can match (the `code` of `--json`), each
/// with the one line README lists it with.
public enum TraceCode: String, CaseIterable, Sendable {
    case noRoute = "no-route"
    case blackholeRoute = "blackhole-route"
    case securityGroupIngress = "security-group-ingress"
    case securityGroupEgress = "security-group-egress"
    case networkAclIngress = "network-acl-ingress"
    case networkAclEgress = "network-acl-egress"
    case noPublicAddress = "no-public-address"
    case privateAddressViaInternetGateway = "private-address-via-internet-gateway"
    case gatewayEndpointScope = "gateway-endpoint-scope"
    case endpointZoneNotServed = "endpoint-zone-not-served"
    case endpointNotAvailable = "endpoint-not-available"
    case endpointNotAccepted = "endpoint-not-accepted"
    case transitGatewayNoRoute = "transit-gateway-no-route"
    case transitGatewayNotAssociated = "transit-gateway-not-associated"
    case transitGatewayNotAttachedInZone = "transit-gateway-not-attached-in-zone"
    case peeringNoReturnRoute = "peering-no-return-route"
    case peeringTransit = "peering-transit"
    case natInbound = "nat-inbound"
    case connectionDown = "connection-down"
    case vpnNoRoute = "vpn-no-route"
    case noPath = "no-path"

    /// What the code means, in one line.
    public var meaning: String {
        switch self {
        case .noRoute: return "the route table has no route for the destination"
        case .blackholeRoute: return "the matching route's target is gone (state blackhole): traffic is dropped"
        case .securityGroupIngress: return "no inbound rule of the destination's security groups allows the traffic"
        case .securityGroupEgress: return "no outbound rule of the source's security groups allows the traffic"
        case .networkAclIngress: return "a network ACL entry (or the final * rule) denies the traffic entering a subnet"
        case .networkAclEgress: return "a network ACL entry (or the final * rule) denies the traffic leaving a subnet"
        case .noPublicAddress: return "traffic to or from the internet needs a public or Elastic IP address the element does not have"
        case .privateAddressViaInternetGateway: return "an internet gateway does not route to a private address"
        case .gatewayEndpointScope: return "a gateway endpoint serves only its own VPC: not on-premises, peered or transit gateway traffic"
        case .endpointZoneNotServed: return "the endpoint service has no load balancer in the endpoint's Availability Zone"
        case .endpointNotAvailable: return "the endpoint is not in the available state"
        case .endpointNotAccepted: return "the endpoint service has not accepted the endpoint"
        case .transitGatewayNoRoute: return "the transit gateway route table associated with the attachment has no route for the destination"
        case .transitGatewayNotAssociated: return "the attachment is associated with no transit gateway route table"
        case .transitGatewayNotAttachedInZone: return "the transit gateway's VPC attachment has no subnet in the zone the traffic is in"
        case .peeringNoReturnRoute: return "the peer VPC has no route back through the peering connection"
        case .peeringTransit: return "a peering connection does not carry traffic on to the peer's gateways, endpoints or other links"
        case .natInbound: return "a NAT gateway only lets connections out; nothing from outside can open one in"
        case .connectionDown: return "the peering, attachment or VPN is not in an active or available state"
        case .vpnNoRoute: return "the VPN neither has a static route nor the network's CIDRs for the destination"
        case .noPath: return "nothing in the architecture joins the source to the destination"
        }
    }
}
