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
}
