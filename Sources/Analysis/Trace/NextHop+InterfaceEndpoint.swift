import Topology

/// An interface endpoint: network interfaces in the consumer's subnets that carry traffic
/// to a service over PrivateLink. The endpoint must be available (and accepted by the
/// service), its security groups must let the traffic in, and the service's load
/// balancers must serve the endpoint's zone (matched by zone id: zone names differ between
/// accounts, https://docs.aws.amazon.com/vpc/latest/privatelink/create-endpoint-service.html,
/// as of 2025-06).
extension TraceWalk {
    /// A service met by name in the VPC the traffic starts in: an interface endpoint to it
    /// there takes the traffic (for an AWS service, one with private DNS, which the
    /// service's name resolves to); else routing decides (a gateway endpoint, the internet).
    mutating func meetService(_ service: Service, in subnet: Subnet) throws(TraceStop) {
        let endpoints = model.endpoints(ofVpc: subnet.vpc).filter { $0.type == .interface && $0.service == service.id }
        let chosen = service.serviceKind == .awsService ? endpoints.first { $0.privateDns } : endpoints.first
        guard let endpoint = chosen else {
            guard service.serviceKind == .endpointService else { return }
            let behind = service.loadBalancers.first.map { "; trace to its load balancer \($0) to test routing to it" } ?? ""
            try stop(service.id, service.kind.rawValue, .drop, code: .noPath,
                     message: "No interface endpoint in \(label(subnet.vpc)) connects to \(label(service.id))\(behind).",
                     topic: "endpoint-service")
        }
        let end: TraceEnd
        do {
            end = try TraceEnd.end(for: .endpoint(endpoint), as: .destination, near: from.subnet ?? subnet, in: model)
        } catch {
            try stop(endpoint.id, ElementKind.endpoint.rawValue, .drop, code: .noPath, message: error.message, topic: "interface-endpoint")
        }
        to = end
        flow.destination = end.address
        flow.destinationGroups = end.membership
        flow.service = nil
        if let sentence = end.representative { remember(sentence) }
    }

    /// The traffic is at the endpoint's interface in `subnet`: the endpoint must be
    /// available, its groups let the traffic in, and a load balancer of the service serve its zone.
    mutating func interfaceEndpoint(_ endpoint: Endpoint, in subnet: Subnet) throws(TraceStop) {
        let kind = ElementKind.endpoint.rawValue
        switch endpoint.state {
        case .available: break
        case .pendingAcceptance:
            try stop(endpoint.id, kind, .drop, code: .endpointNotAccepted,
                     message: "The service has not accepted \(label(endpoint.id)) yet (pending acceptance).", topic: "interface-endpoint")
        case .pending, .rejected, .failed, .expired, .deleting, .deleted, .partial:
            try stop(endpoint.id, kind, .drop, code: .endpointNotAvailable,
                     message: "\(label(endpoint.id)) is \(endpoint.state.rawValue), not available.", topic: "interface-endpoint")
        }
        let service = model.service(of: endpoint)
        let name = service.map { label($0.id) } ?? endpoint.service ?? "its service"
        // The endpoint's groups guard its interface: they decide before PrivateLink carries anything.
        try securityGroups(of: to, egress: false)
        replySteps.append(.stateful(to))
        pass(endpoint.id, kind, .forward, rule: "\(endpoint.id) → \(service?.id ?? name)",
             note: "\(label(endpoint.id)) is available and carries the traffic over PrivateLink to \(name).", topic: "interface-endpoint")
        let balancers = service?.loadBalancers.compactMap(model.loadBalancer) ?? []
        guard !balancers.isEmpty else {
            pass(service?.id ?? name, service?.kind.rawValue ?? ElementKind.awsService.rawValue, .deliver,
                 note: "Delivered to \(name).", topic: service?.kind.rawValue ?? "aws-service")
            return
        }
        let balancer = try servingBalancer(balancers, endpoint: endpoint, in: subnet)
        pass(balancer.id, ElementKind.loadBalancer.rawValue, .deliver,
             note: "Delivered to \(label(balancer.id)), the load balancer behind \(name), in \(subnet.zoneId ?? subnet.zone).",
             topic: balancer.type == .application ? "application-load-balancer" : "network-load-balancer")
    }

    /// The load balancer with a subnet in the endpoint subnet's zone.
    private mutating func servingBalancer(_ balancers: [LoadBalancer], endpoint: Endpoint,
                                          in subnet: Subnet) throws(TraceStop) -> LoadBalancer {
        guard let zoneId = subnet.zoneId else {
            remember("\(subnet.id) has no zone id in the model; the endpoint service is assumed to serve its zone.")
            return balancers[0]
        }
        var unknown = false
        for balancer in balancers {
            let zones = balancer.subnets.compactMap(model.subnet).map(\.zoneId)
            if zones.contains(zoneId) { return balancer }
            if zones.isEmpty || zones.contains(nil) { unknown = true }
        }
        if unknown {
            remember("The zones of \(balancers.map(\.id).joined(separator: ", ")) are not all known; assumed to serve \(zoneId).")
            return balancers[0]
        }
        try stop(endpoint.id, ElementKind.endpoint.rawValue, .drop, code: .endpointZoneNotServed,
                 message: "\(label(endpoint.id)) is in \(zoneId) (\(subnet.id)), but no load balancer of the service has a subnet there.",
                 topic: "interface-endpoint")
    }
}
