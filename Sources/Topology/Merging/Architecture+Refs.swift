/// Reading an element back from its handle before the model exists (the index reports a
/// duplicate id with the place its first definition came from).
extension Architecture {
    func element(at ref: ElementRef) -> any ModelElement {
        switch ref {
        case .account(let i): return accounts[i]
        case .vpc(let i): return vpcs[i]
        case .subnet(let i): return subnets[i]
        case .routeTable(let i): return routeTables[i]
        case .loadBalancer(let i): return loadBalancers[i]
        case .service(let i): return services[i]
        case .endpoint(let i): return endpoints[i]
        case .connection(let i): return connections[i]
        case .network(let i): return networks[i]
        case .instance(let i): return instances[i]
        case .networkInterface(let i): return networkInterfaces[i]
        case .securityGroup(let i): return securityGroups[i]
        case .networkAcl(let i): return networkAcls[i]
        case .gateway(let i): return gateways[i]
        case .prefixList(let i): return prefixLists[i]
        case .transitGatewayRouteTable(let i): return transitGatewayRouteTables[i]
        }
    }
}
