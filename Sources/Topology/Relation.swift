/// A group of elements related to another one, such as "consumers" of a service.
public struct Relation: Sendable {
    public let label: String
    public let ids: [String]
}

extension Topology {
    /// What an element links to and what links to it, beyond its own fields: the parts of
    /// a VPC, the consumers of a service, the connections of a VPC, and so on.
    public func relations(of element: any Element) -> [Relation] {
        var out: [Relation] = []
        func add(_ label: String, _ ids: [String]) { if !ids.isEmpty { out.append(Relation(label: label, ids: ids)) } }
        switch element {
        case let v as Vpc:
            add("subnets", subnets(ofVpc: v.id).map(\.id))
            add("route tables", routeTables(ofVpc: v.id).map(\.id))
            add("endpoints", endpoints(ofVpc: v.id).map(\.id))
            add("load balancers", loadBalancers(ofVpc: v.id).map(\.id))
            add("connections", connections(of: v.id).map(\.id))
        case let s as Subnet:
            add("route tables", routeTables(ofVpc: s.vpc).filter { $0.subnets.contains(s.id) }.map(\.id))
            add("endpoints", endpoints(ofVpc: s.vpc).filter { $0.subnets.contains(s.id) }.map(\.id))
            add("load balancers", loadBalancers(ofVpc: s.vpc).filter { $0.subnets.contains(s.id) }.map(\.id))
        case let r as RouteTable:
            add("endpoints", endpoints(ofVpc: r.vpc).filter { $0.routeTables.contains(r.id) }.map(\.id))
            add("route targets", r.routes.map(\.target).filter { ref($0) != nil })
        case let lb as LoadBalancer:
            add("endpoint services", services(behindLoadBalancer: lb.id).map(\.id))
        case let s as Service:
            add("consumers", consumers(ofService: s.id).map(\.id))
        case let e as Endpoint:
            add("load balancers behind", loadBalancers(behind: e).map(\.id))
            if let service = e.service { add("other consumers", consumers(ofService: service).map(\.id).filter { $0 != e.id }) }
        case let c as Connection:
            add("connections", connections(of: c.id).map(\.id))
            add("networks", networks(via: c.id).map(\.id))
        default:
            break
        }
        return out
    }
}
