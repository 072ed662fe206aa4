import Topology

/// Which guide note explains a thing on screen: an element of the architecture (by its
/// kind and type) or a connectivity option of the compare view.
public enum GuideTopic {
    /// The topic id of the note for `element`'s kind: an interface endpoint gets
    /// `interface-endpoint`, a VPN connection `site-to-site-vpn`, and so on.
    public static func topic(for element: any Element) -> String {
        switch element {
        case let endpoint as Endpoint: return topic(for: endpoint.type)
        case let service as Service: return service.serviceKind == .awsService ? "aws-service" : "endpoint-service"
        case let balancer as LoadBalancer: return topic(for: balancer.type)
        case let connection as Connection: return topic(for: connection.type)
        default: return topic(for: element.kind)
        }
    }

    /// The topic for an endpoint type.
    public static func topic(for type: EndpointType) -> String {
        switch type {
        case .interface: return "interface-endpoint"
        case .gateway: return "gateway-endpoint"
        case .gatewayLoadBalancer: return "gateway-load-balancer-endpoint"
        case .resource: return "resource-endpoint"
        case .serviceNetwork: return "service-network-endpoint"
        }
    }

    /// The topic for a load balancer type.
    public static func topic(for type: LoadBalancerType) -> String {
        switch type {
        case .network: return "network-load-balancer"
        case .gateway: return "gateway-load-balancer"
        case .application: return "application-load-balancer"
        }
    }

    /// The topic for a connection type.
    public static func topic(for type: ConnectionType) -> String {
        switch type {
        case .vpcPeering: return "vpc-peering"
        case .transitGateway: return "transit-gateway"
        case .transitGatewayPeering: return "transit-gateway-peering"
        case .vpn: return "site-to-site-vpn"
        case .directConnect: return "direct-connect"
        }
    }

    /// The general topic for a kind, when the element's type is not known: endpoints lead to
    /// `private-link`, which links on to each endpoint type.
    public static func topic(for kind: ElementKind) -> String {
        switch kind {
        case .account: return "account"
        case .vpc: return "vpc"
        case .subnet: return "subnet"
        case .routeTable: return "route-table"
        case .loadBalancer: return "network-load-balancer"
        case .endpointService: return "endpoint-service"
        case .awsService: return "aws-service"
        case .endpoint: return "private-link"
        case .connection: return "transit-gateway"
        case .network: return "on-premises-network"
        }
    }

    /// The topic for a compare option id of the command-line contract (`interface-endpoint`,
    /// `nat-gateway-internet`…); an id with no note of its own maps to itself.
    public static func topic(forOption id: String) -> String {
        switch id {
        case "nat-gateway-internet": return "nat-gateway"
        default: return id
        }
    }

    /// The compare option ids of the command-line contract, in the order the design lists them.
    public static let optionIds = [
        "interface-endpoint", "gateway-endpoint", "gateway-load-balancer-endpoint", "vpc-peering", "transit-gateway",
        "transit-gateway-peering", "site-to-site-vpn", "direct-connect", "vpc-lattice", "resource-endpoint",
        "nat-gateway-internet",
    ]
}
