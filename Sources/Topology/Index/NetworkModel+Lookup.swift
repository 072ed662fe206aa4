/// Lookups by id and name, and the relations views and analyses follow. Each is a
/// dictionary read plus the size of the answer.
extension NetworkModel {
    /// The element with this id.
    public func element(_ id: String) -> AnyElement? {
        index.byID[id].map(element(at:))
    }

    /// The element a handle points at.
    public func element(at ref: ElementRef) -> AnyElement {
        switch ref {
        case .account(let i): return .account(accounts[i])
        case .vpc(let i): return .vpc(vpcs[i])
        case .subnet(let i): return .subnet(subnets[i])
        case .routeTable(let i): return .routeTable(routeTables[i])
        case .loadBalancer(let i): return .loadBalancer(loadBalancers[i])
        case .service(let i): return .service(services[i])
        case .endpoint(let i): return .endpoint(endpoints[i])
        case .connection(let i): return .connection(connections[i])
        case .network(let i): return .network(networks[i])
        case .instance(let i): return .instance(instances[i])
        case .networkInterface(let i): return .networkInterface(networkInterfaces[i])
        case .securityGroup(let i): return .securityGroup(securityGroups[i])
        case .networkAcl(let i): return .networkAcl(networkAcls[i])
        case .gateway(let i): return .gateway(gateways[i])
        case .prefixList(let i): return .prefixList(prefixLists[i])
        case .transitGatewayRouteTable(let i): return .transitGatewayRouteTable(transitGatewayRouteTables[i])
        }
    }

    /// The handle of the element with this id.
    public func ref(_ id: String) -> ElementRef? { index.byID[id] }

    /// Elements whose id is `query`, or else whose name is `query` (ignoring case).
    public func resolve(_ query: String) -> [AnyElement] {
        if let e = element(query) { return [e] }
        return (index.byName[query.lowercased()] ?? []).map(element(at:))
    }

    public func vpc(_ id: String) -> Vpc? {
        if case .vpc(let i)? = index.byID[id] { return vpcs[i] }
        return nil
    }

    public func subnet(_ id: String) -> Subnet? {
        if case .subnet(let i)? = index.byID[id] { return subnets[i] }
        return nil
    }

    public func routeTable(_ id: String) -> RouteTable? {
        if case .routeTable(let i)? = index.byID[id] { return routeTables[i] }
        return nil
    }

    public func loadBalancer(_ id: String) -> LoadBalancer? {
        if case .loadBalancer(let i)? = index.byID[id] { return loadBalancers[i] }
        return nil
    }

    public func service(_ id: String) -> Service? {
        if case .service(let i)? = index.byID[id] { return services[i] }
        return nil
    }

    public func endpoint(_ id: String) -> Endpoint? {
        if case .endpoint(let i)? = index.byID[id] { return endpoints[i] }
        return nil
    }

    public func connection(_ id: String) -> Connection? {
        if case .connection(let i)? = index.byID[id] { return connections[i] }
        return nil
    }

    public func network(_ id: String) -> Network? {
        if case .network(let i)? = index.byID[id] { return networks[i] }
        return nil
    }

    public func account(_ id: String) -> Account? {
        if case .account(let i)? = index.byID[id] { return accounts[i] }
        return nil
    }

    public func vpcs(ofAccount id: String) -> [Vpc] { (index.vpcsOfAccount[id] ?? []).map { vpcs[$0] } }
    public func subnets(ofVpc id: String) -> [Subnet] { (index.subnetsOfVpc[id] ?? []).map { subnets[$0] } }
    public func routeTables(ofVpc id: String) -> [RouteTable] { (index.routeTablesOfVpc[id] ?? []).map { routeTables[$0] } }
    public func endpoints(ofVpc id: String) -> [Endpoint] { (index.endpointsOfVpc[id] ?? []).map { endpoints[$0] } }
    public func loadBalancers(ofVpc id: String) -> [LoadBalancer] { (index.loadBalancersOfVpc[id] ?? []).map { loadBalancers[$0] } }

    /// How many elements of each kind a VPC holds, without listing them.
    public func counts(ofVpc id: String) -> VpcCounts {
        VpcCounts(subnets: index.subnetsOfVpc[id]?.count ?? 0, routeTables: index.routeTablesOfVpc[id]?.count ?? 0,
                  endpoints: index.endpointsOfVpc[id]?.count ?? 0, loadBalancers: index.loadBalancersOfVpc[id]?.count ?? 0,
                  instances: index.instancesOfVpc[id]?.count ?? 0, networkInterfaces: index.interfacesOfVpc[id]?.count ?? 0,
                  securityGroups: index.securityGroupsOfVpc[id]?.count ?? 0, networkAcls: index.networkAclsOfVpc[id]?.count ?? 0,
                  gateways: index.gatewaysOfVpc[id]?.count ?? 0)
    }

    /// The number of endpoints that connect to a service.
    public func consumerCount(ofService id: String) -> Int { index.consumersOfService[id]?.count ?? 0 }

    /// The endpoints that connect to a service: its consumers.
    public func consumers(ofService id: String) -> [Endpoint] { (index.consumersOfService[id] ?? []).map { endpoints[$0] } }

    /// The endpoint services a load balancer stands behind.
    public func services(behindLoadBalancer id: String) -> [Service] {
        (index.servicesOfLoadBalancer[id] ?? []).map { services[$0] }
    }

    /// The connections an element (a VPC, a transit gateway, a VPN…) is an end or attachment of.
    public func connections(of id: String) -> [Connection] { (index.connectionsOf[id] ?? []).map { connections[$0] } }

    /// The on-premises networks that reach AWS through a connection.
    public func networks(via connectionId: String) -> [Network] { (index.networksVia[connectionId] ?? []).map { networks[$0] } }

    /// The service an endpoint connects to.
    public func service(of endpoint: Endpoint) -> Service? { endpoint.service.flatMap(service) }

    /// The load balancers behind an endpoint's service.
    public func loadBalancers(behind endpoint: Endpoint) -> [LoadBalancer] {
        service(of: endpoint)?.loadBalancers.compactMap(loadBalancer) ?? []
    }

    /// The regions in use, sorted.
    public var regions: [String] { Array(Set(vpcs.map(\.region))).sorted() }
}

/// How many elements of each kind live in one VPC.
public struct VpcCounts: Sendable {
    public let subnets, routeTables, endpoints, loadBalancers: Int
    public let instances, networkInterfaces, securityGroups, networkAcls, gateways: Int

    public var total: Int {
        subnets + routeTables + endpoints + loadBalancers + instances + networkInterfaces + securityGroups + networkAcls + gateways
    }
}
