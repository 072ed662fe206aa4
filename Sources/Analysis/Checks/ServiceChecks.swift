import Topology

/// Rules about endpoint services and the load balancers behind them.
enum ServiceChecks {
    static func run(_ c: inout CheckContext) {
        let t = c.topology
        for service in t.services where service.serviceKind == .endpointService && !service.isOutsideSources {
            for lb in service.loadBalancers.compactMap(t.loadBalancer) where lb.type == .application {
                c.add(Rules.serviceLoadBalancerType, service.id, [lb.id],
                      "Endpoint service \(c.label(service.id)) is backed by \(c.label(lb.id)), an application load balancer; endpoint services front network or gateway load balancers.")
            }
            if t.consumerCount(ofService: service.id) == 0 {
                c.add(Rules.serviceWithoutConsumers, service.id, "Endpoint service \(c.label(service.id)) has no consumers here.")
            }
        }
        for lb in t.loadBalancers {
            let services = t.services(behindLoadBalancer: lb.id)
            guard services.count > 1 else { continue }
            c.add(Rules.loadBalancerShared, lb.id, services.map(\.id),
                  "Load balancer \(c.label(lb.id)) stands behind \(services.count) endpoint services (\(services.map { c.label($0.id) }.joined(separator: ", "))).")
        }
    }
}
