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
        case .gateway(let gateway): return topic(for: gateway.type)
        case .account, .vpc, .subnet, .routeTable, .network, .instance, .networkInterface, .securityGroup, .networkAcl,
             .prefixList, .transitGatewayRouteTable:
            return topic(for: element.kind)
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

    /// The topic for a gateway type: a VPN's two ends lead to the VPN's note.
    static func topic(for type: GatewayType) -> String {
        switch type {
        case .internet: return "internet-gateway"
        case .egressOnlyInternet: return "internet-gateway"
        case .nat: return "nat-gateway"
        case .virtualPrivate, .customer: return "site-to-site-vpn"
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
        case .instance, .networkInterface: return "network-interface"
        case .securityGroup: return "security-group"
        case .networkAcl: return "network-acl"
        case .gateway: return "internet-gateway"
        case .prefixList: return "prefix-list"
        case .transitGatewayRouteTable: return "transit-gateway"
        }
    }

    /// The topic for a compare option: its own id, but for the NAT gateway, whose note
    /// covers more than reaching the internet.
    static func topic(forOption option: OptionID) -> String {
        option == .natGatewayInternet ? "nat-gateway" : option.rawValue
    }
}
