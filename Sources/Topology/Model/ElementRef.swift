/// A handle to an element in a `NetworkModel`: which table it is in and where.
public enum ElementRef: Hashable, Sendable {
    case account(Int)
    case vpc(Int)
    case subnet(Int)
    case routeTable(Int)
    case loadBalancer(Int)
    case service(Int)
    case endpoint(Int)
    case connection(Int)
    case network(Int)
    case instance(Int)
    case networkInterface(Int)
    case securityGroup(Int)
    case networkAcl(Int)
    case gateway(Int)
    case prefixList(Int)
    case transitGatewayRouteTable(Int)
}
