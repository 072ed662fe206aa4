import Analysis
import Topology

/// Which guide note explains a thing on screen: an element of the architecture (by its
/// kind and type) or a connectivity option of the compare view.
enum GuideTopic {
    /// The topic id of the note for `element`'s kind: an interface endpoint gets
    /// `interface-endpoint`, a VPN connection `site-to-site-vpn`, and so on.
    static func topic(for element: AnyElement) -> String {
        switch element {
        case .endpoint(let endpoint): return topic(for: endpoint.type)
        case .service(let service): return service.serviceKind == .awsService ? "aws-service" : "endpoint-service"
        case .loadBalancer(let balancer): return topic(for: balancer.type)
        case .connection(let connection): return topic(for: connection.type)
        case .account, .vpc, .subnet, .routeTable, .network: return topic(for: element.kind)
        }
    }

    /// The topic for an endpoint type.
    static func topic(for type: EndpointType) -> String {
        switch type {
        case .interface: return "interface-endpoint"
        case .gateway: return "gateway-endpoint"
        case .gatewayLoadBalancer: return "gateway-load-balancer-endpoint"
        case .resource: return "resource-endpoint"
        case .serviceNetwork: return "service-network-endpoint"
        }
    }

    /// The topic for a load balancer type.
    static func topic(for type: LoadBalancerType) -> String {
        switch type {
        case .network: return "network-load-balancer"
        case .gateway: return "gateway-load-balancer"
        case .application: return "application-load-balancer"
        }
    }

    /// The topic for a connection type.
    static func topic(for type: ConnectionType) -> String {
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
    static func topic(for kind: ElementKind) -> String {
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

    /// The topic for a compare option: its own id, but for the NAT gateway, whose note
    /// covers more than reaching the internet.
    static func topic(forOption option: OptionID) -> String {
        option == .natGatewayInternet ? "nat-gateway" : option.rawValue
    }
}
