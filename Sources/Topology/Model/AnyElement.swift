/// One element of the model, of any kind, as a closed set: code that handles elements
/// switches over the cases, so a new kind fails to compile wherever it is not yet handled
/// (rather than falling through a cast to a silent default).
public enum AnyElement: Sendable, Hashable {
    case account(Account)
    case vpc(Vpc)
    case subnet(Subnet)
    case routeTable(RouteTable)
    case loadBalancer(LoadBalancer)
    case service(Service)
    case endpoint(Endpoint)
    case connection(Connection)
    case network(Network)
    case instance(Instance)
    case networkInterface(NetworkInterface)
    case securityGroup(SecurityGroup)
    case networkAcl(NetworkAcl)
    case gateway(Gateway)
    case prefixList(PrefixList)
    case transitGatewayRouteTable(TransitGatewayRouteTable)

    /// The element itself, for the properties every kind has.
    public var base: any ModelElement {
        switch self {
        case .account(let e): return e
        case .vpc(let e): return e
        case .subnet(let e): return e
        case .routeTable(let e): return e
        case .loadBalancer(let e): return e
        case .service(let e): return e
        case .endpoint(let e): return e
        case .connection(let e): return e
        case .network(let e): return e
        case .instance(let e): return e
        case .networkInterface(let e): return e
        case .securityGroup(let e): return e
        case .networkAcl(let e): return e
        case .gateway(let e): return e
        case .prefixList(let e): return e
        case .transitGatewayRouteTable(let e): return e
        }
    }

    public var id: String { base.id }
    public var name: String { base.name }
    public var kind: ElementKind { base.kind }
    public var location: SourceLocation? { base.location }

    /// The VPC the element lives in or is (none for accounts, services, connections, networks,
    /// prefix lists, transit gateway route tables and customer gateways).
    public var vpcID: String? {
        switch self {
        case .vpc(let v): return v.id
        case .subnet(let s): return s.vpc
        case .routeTable(let r): return r.vpc
        case .loadBalancer(let lb): return lb.vpc
        case .endpoint(let e): return e.vpc
        case .instance(let i): return i.vpc
        case .networkInterface(let n): return n.vpc
        case .securityGroup(let g): return g.vpc
        case .networkAcl(let a): return a.vpc
        case .gateway(let g): return g.vpc
        case .account, .service, .connection, .network, .prefixList, .transitGatewayRouteTable: return nil
        }
    }
}
