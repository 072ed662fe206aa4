import Topology

/// A gateway endpoint (S3, DynamoDB): a route to the service's prefix list in the VPC's own
/// route tables. It serves only traffic that starts in that VPC: not from on premises, a
/// peered VPC or a transit gateway
/// (https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html, as of 2025-06).
extension TraceWalk {
    /// Goes through gateway endpoint `id`, the target of `subnet`'s route.
    mutating func gatewayEndpoint(_ id: String, from subnet: Subnet, entry: TraceEntry) throws(TraceStop) {
        let kind = ElementKind.endpoint.rawValue
        guard let endpoint = model.endpoint(id) else {
            try stop(id, kind, .drop, code: .noPath,
                     message: "The route sends the traffic to \(id), an endpoint the architecture does not hold.",
                     topic: "route-table")
        }
        switch endpoint.type {
        case .gateway: break
        case .gatewayLoadBalancer:
            try gatewayLoadBalancerEndpoint(endpoint, from: subnet, entry: entry)
            return
        case .interface, .resource, .serviceNetwork:
            try stop(id, kind, .drop, code: .noPath,
                     message: "The route sends the traffic to \(label(id)), \(endpoint.type.rawValue) endpoint that is not a route target.",
                     topic: "route-table")
        }
        guard entry == .origin else {
            try stop(id, kind, .drop, code: .gatewayEndpointScope,
                     message: "The traffic came into \(label(subnet.vpc)) through \(entry.replyTarget); \(label(id)) serves only traffic that starts in its own VPC.",
                     topic: "gateway-endpoint")
        }
        guard endpoint.state.carriesTraffic else {
            try stop(id, kind, .drop, code: .endpointNotAvailable,
                     message: "\(label(id)) is \(endpoint.state.rawValue), not available.", topic: "gateway-endpoint")
        }
        let service = model.service(of: endpoint)?.name ?? endpoint.service ?? "its service"
        pass(id, kind, .forward, rule: "\(id) → \(service)",
             note: "\(label(id)) carries the traffic to \(service) without leaving the AWS network.", topic: "gateway-endpoint")
        replySteps.append(.hop(TraceHop(element: id, kind: kind, action: .forward,
                                        note: "\(label(id)) brings the reply back from \(service).", topic: "gateway-endpoint")))
        pass(to.id, to.kind, .deliver, note: "Delivered to \(service).", topic: Self.topic(of: to))
    }
}
