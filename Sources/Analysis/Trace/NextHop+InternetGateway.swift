import Topology

/// An internet gateway: out, it maps the source's private address to its public or Elastic
/// IP (nothing leaves without one) and never routes to a private address; in, it maps the
/// public address back to the private one, and the reply needs a route back to it.
extension TraceWalk {
    /// Leaves through internet gateway `id` from `subnet`.
    mutating func internetGatewayOut(_ id: String, from subnet: Subnet, entry: TraceEntry) throws(TraceStop) {
        let kind = ElementKind.gateway.rawValue
        if model.gateway(id) == nil {
            remember("Internet gateway \(id) is not in the model; it is assumed attached to \(subnet.vpc).")
        }
        if let host = flow.destination.firstIPv4, flow.destination.prefixLength == 32, host.isPrivate {
            try stop(id, kind, .drop, code: .privateAddressViaInternetGateway,
                     message: "\(host) is a private address: \(label(id)) does not route to it.", topic: "internet-gateway")
        }
        if let source = flow.source.firstIPv4, source.isPrivate {
            guard flow.source == from.address, subnet.vpc == from.subnet?.vpc, let publicIp = from.publicAddress else {
                try stop(id, kind, .drop, code: .noPublicAddress,
                         message: "\(Self.text(flow.source)) has no public or Elastic IP: \(label(id)) does not carry its traffic to the internet.",
                         topic: "internet-gateway")
            }
            let hop = TraceHop(element: id, kind: kind, action: .translate, rule: "\(source) → \(publicIp)",
                               note: "\(label(id)) maps \(label(from.id))'s private address \(source) to its public address \(publicIp).",
                               topic: "internet-gateway")
            hops.append(hop)
            replySteps.append(.hop(TraceHop(element: id, kind: kind, action: .translate, rule: "\(publicIp) → \(source)",
                                            note: "\(label(id)) maps the reply to \(publicIp) back to \(source).",
                                            topic: "internet-gateway")))
            flow.source = CIDR(publicIp)
        } else {
            pass(id, kind, .forward, note: "\(label(id)) carries the traffic from \(Self.text(flow.source)) to the internet.",
                 topic: "internet-gateway")
            replySteps.append(.hop(TraceHop(element: id, kind: kind, action: .forward,
                                            note: "\(label(id)) carries the reply back in.", topic: "internet-gateway")))
        }
        flow.sourceGroups = .none
        if to.byPublicAddress {
            try arriveFromInternet()
            return
        }
        deliver()
    }

    /// FROM is the internet: the traffic comes in through the destination VPC's gateway.
    mutating func enterFromInternet() throws(TraceStop) {
        replySteps.append(.deliver(from))
        try arriveFromInternet()
    }

    /// In from the internet to the destination's public address.
    mutating func arriveFromInternet() throws(TraceStop) {
        let kind = ElementKind.gateway.rawValue
        guard let destination = to.subnet else {
            try stop(to.id, to.kind, .drop, code: .noPath,
                     message: "Nothing in the architecture carries traffic from the internet to \(label(to.id)).", topic: Self.topic(of: to))
        }
        guard let gateway = model.gateways(ofVpc: destination.vpc).first(where: { $0.type == .internet }) else {
            try stop(destination.vpc, ElementKind.vpc.rawValue, .drop, code: .noPath,
                     message: "\(label(destination.vpc)) has no internet gateway: nothing on the internet reaches \(label(to.id)).",
                     topic: "internet-gateway")
        }
        guard to.isPublic else {
            try stop(gateway.id, kind, .drop, code: .noPublicAddress,
                     message: "\(label(to.id)) has no public or Elastic IP: nothing on the internet can address it.",
                     topic: "internet-gateway")
        }
        let publicText = to.publicAddress?.description ?? "its public address"
        let privateText = Self.text(to.address)
        pass(gateway.id, kind, .translate, rule: "\(publicText) → \(privateText)",
             note: "\(label(gateway.id)) maps \(publicText) to \(label(to.id))'s private address \(privateText).", topic: "internet-gateway")
        replySteps.append(.hop(TraceHop(element: gateway.id, kind: kind, action: .translate, rule: "\(privateText) → \(publicText)",
                                        note: "\(label(gateway.id)) maps the reply from \(privateText) back to \(publicText).",
                                        topic: "internet-gateway")))
        flow.destination = to.address
        try arrive(in: destination, from: nil, entry: .internetGateway(gateway.id))
    }
}
