/// The connectivity options linkscope compares. The raw values are the ids of the
/// command-line contract (`linkscope compare`, `--json`), in the order the catalogue
/// lists them.
public enum OptionID: String, CaseIterable, Sendable, Codable, Comparable {
    case interfaceEndpoint = "interface-endpoint"
    case gatewayEndpoint = "gateway-endpoint"
    case gatewayLoadBalancerEndpoint = "gateway-load-balancer-endpoint"
    case vpcPeering = "vpc-peering"
    case transitGateway = "transit-gateway"
    case transitGatewayPeering = "transit-gateway-peering"
    case siteToSiteVPN = "site-to-site-vpn"
    case directConnect = "direct-connect"
    case vpcLattice = "vpc-lattice"
    case resourceEndpoint = "resource-endpoint"
    case natGatewayInternet = "nat-gateway-internet"
    case cloudWAN = "cloud-wan"
    case vpcSharing = "vpc-sharing"

    /// The option's name for people ("interface endpoint (PrivateLink)").
    public var title: String {
        switch self {
        case .interfaceEndpoint: return "interface endpoint (PrivateLink)"
        case .gatewayEndpoint: return "gateway endpoint"
        case .gatewayLoadBalancerEndpoint: return "Gateway Load Balancer endpoint"
        case .vpcPeering: return "VPC peering"
        case .transitGateway: return "transit gateway"
        case .transitGatewayPeering: return "transit gateway peering"
        case .siteToSiteVPN: return "Site-to-Site VPN"
        case .directConnect: return "Direct Connect"
        case .vpcLattice: return "VPC Lattice"
        case .resourceEndpoint: return "resource endpoint (resource gateway)"
        case .natGatewayInternet: return "NAT gateway + internet"
        case .cloudWAN: return "Cloud WAN"
        case .vpcSharing: return "VPC sharing"
        }
    }

    /// Catalogue order, so ties in a ranking stay stable.
    public static func < (a: OptionID, b: OptionID) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
