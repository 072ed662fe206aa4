import Topology

/// A Gateway Load Balancer endpoint as a route target: it hands the traffic to the
/// appliances behind the Gateway Load Balancer, which send it back to the same endpoint,
/// and the endpoint's subnet routes it on
/// (https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/introduction.html, as of 2026-11).
/// What the appliances decide is theirs: the walk assumes they pass the traffic.
extension TraceWalk {
    /// Goes through Gateway Load Balancer endpoint `endpoint`, the target of `subnet`'s route.
    mutating func gatewayLoadBalancerEndpoint(_ endpoint: Endpoint, from subnet: Subnet,
                                              entry: TraceEntry) throws(TraceStop) {
        let kind = ElementKind.endpoint.rawValue, topic = "gateway-load-balancer-endpoint"
        guard endpoint.state.carriesTraffic else {
            try stop(endpoint.id, kind, .drop, code: .endpointNotAvailable,
                     message: "\(label(endpoint.id)) is \(endpoint.state.rawValue), not available.", topic: topic)
        }
        guard let own = inspectionSubnet(of: endpoint, near: subnet) else {
            try stop(endpoint.id, kind, .drop, code: .noPath,
                     message: "\(label(endpoint.id)) lists no subnet the architecture holds, so where it sends the inspected traffic is unknown.",
                     topic: topic)
        }
        let balancers = model.loadBalancers(behind: endpoint)
        if let zoneId = own.zoneId, !balancers.isEmpty,
           !balancers.contains(where: { $0.subnets.compactMap(model.subnet).contains { $0.zoneId == zoneId } }) {
            try stop(endpoint.id, kind, .drop, code: .endpointZoneNotServed,
                     message: "\(label(endpoint.id)) is in \(zoneId) (\(own.id)), but the Gateway Load Balancer behind it has no subnet there.",
                     topic: topic)
        }
        // Gateway Load Balancer ids are ARNs: the name reads better in a hop.
        let appliances = balancers.first.map { $0.name } ?? "the service's Gateway Load Balancer"
        pass(endpoint.id, kind, .forward, rule: "\(endpoint.id) → \(appliances)",
             note: "\(label(endpoint.id)) hands the traffic to the appliances behind \(appliances) and, once they return it, routes it on from \(label(own.id)).",
             topic: topic)
        // No reply step of its own: the reply's route check meets this endpoint where the
        // reply is routed (the reply walk follows Gateway Load Balancer endpoints).
        remember("The appliances behind \(appliances) are assumed to return the traffic they inspect unchanged; their own rules are not modelled.")
        try route(from: own, entry: entry)
    }

    /// The endpoint's subnet the inspected traffic comes back out of: the one in `subnet`'s zone, else its first.
    func inspectionSubnet(of endpoint: Endpoint, near subnet: Subnet) -> Subnet? {
        let subnets = endpoint.subnets.compactMap(model.subnet)
        return subnets.first { $0.zoneId != nil && $0.zoneId == subnet.zoneId } ?? subnets.first
    }
}
