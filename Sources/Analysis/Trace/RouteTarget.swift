import Topology

/// Where a VPC route sends traffic, by the kind of its target. Targets are element ids
/// where the model holds the element, else recognised by AWS's id prefixes (`igw-`,
/// `nat-`…), so a snapshot without gateways still routes.
enum RouteTarget: Sendable, Equatable {
    case local
    case internetGateway(String)
    case natGateway(String)
    case peering(String)
    case transitGateway(String)
    case virtualPrivateGateway(String)
    /// A gateway endpoint or a Gateway Load Balancer endpoint.
    case endpoint(String)
    /// An appliance: an instance or a network interface.
    case networkInterface(String)
    /// Anything else (an egress-only internet gateway for IPv6, a carrier or local gateway).
    case other(String)

    /// Classifies a route's `target`: by the element the model holds, else by its id's prefix.
    init(_ target: String, in model: NetworkModel) {
        if target == "local" { self = .local; return }
        switch model.element(target) {
        case .gateway(let g)?:
            switch g.type {
            case .internet: self = .internetGateway(target)
            case .nat: self = .natGateway(target)
            case .virtualPrivate: self = .virtualPrivateGateway(target)
            case .egressOnlyInternet, .customer: self = .other(target)
            }
        case .connection(let c)?:
            switch c.type {
            case .vpcPeering: self = .peering(target)
            case .transitGateway: self = .transitGateway(target)
            case .transitGatewayPeering, .vpn, .directConnect: self = .other(target)
            }
        case .endpoint?: self = .endpoint(target)
        case .instance?, .networkInterface?: self = .networkInterface(target)
        case .account?, .vpc?, .subnet?, .routeTable?, .loadBalancer?, .service?, .network?, .securityGroup?,
             .networkAcl?, .prefixList?, .transitGatewayRouteTable?:
            self = .other(target)
        case nil:
            self = RouteTarget(prefixOf: target)
        }
    }

    private init(prefixOf target: String) {
        let prefixes: [(String, (String) -> RouteTarget)] = [
            ("igw-", RouteTarget.internetGateway), ("nat-", RouteTarget.natGateway), ("pcx-", RouteTarget.peering),
            ("tgw-", RouteTarget.transitGateway), ("vgw-", RouteTarget.virtualPrivateGateway),
            ("vpce-", RouteTarget.endpoint), ("eni-", RouteTarget.networkInterface), ("i-", RouteTarget.networkInterface),
        ]
        self = prefixes.first { target.hasPrefix($0.0) }.map { $0.1(target) } ?? .other(target)
    }

    /// The target's id (`local` for the VPC's own range).
    var id: String {
        switch self {
        case .local: return "local"
        case .internetGateway(let id), .natGateway(let id), .peering(let id), .transitGateway(let id),
             .virtualPrivateGateway(let id), .endpoint(let id), .networkInterface(let id), .other(let id):
            return id
        }
    }
}
