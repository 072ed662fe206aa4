import Topology

/// Site-to-Site VPN and Direct Connect: the links to on-premises networks, ending on a
/// VPC's virtual private gateway or on a transit gateway. A link carries traffic only when
/// it is up, and a VPN only for the CIDRs it has a route for: its static routes, or the
/// CIDRs of the networks the model says reach AWS through it.
extension TraceWalk {
    /// Leaves `subnet`'s VPC through virtual private gateway `id`.
    mutating func virtualPrivateGateway(_ id: String, from subnet: Subnet, entry: TraceEntry) throws(TraceStop) {
        let kind = ElementKind.gateway.rawValue
        guard case .network(let network) = to.place else {
            try stop(id, kind, .drop, code: .noPath,
                     message: "\(label(id)) leads to on-premises networks; \(destinationText) is not in one.", topic: "site-to-site-vpn")
        }
        let links = model.connections(of: subnet.vpc).filter { c in
            (c.type == .vpn && (c.vpnGateway == id || c.vpnGateway == nil)) || c.type == .directConnect
        }
        guard let link = links.first(where: { network.via.contains($0.id) }) ?? links.first else {
            try stop(id, kind, .drop, code: .noPath,
                     message: "No VPN or Direct Connect connection on \(label(id)) reaches \(label(network.id)).", topic: "site-to-site-vpn")
        }
        if model.gateway(id) == nil {
            remember("Virtual private gateway \(id) is not in the model; it is assumed attached to \(subnet.vpc).")
        }
        pass(id, kind, .forward, note: "\(label(id)) hands the traffic to \(label(link.id)).", topic: "site-to-site-vpn")
        replySteps.append(.hop(TraceHop(element: id, kind: kind, action: .forward,
                                        note: "\(label(id)) brings the reply into \(label(subnet.vpc)).", topic: "site-to-site-vpn")))
        try connectionOut(link)
    }

    /// Out to the destination network over `link`: the link must be up and route it.
    mutating func connectionOut(_ link: Connection) throws(TraceStop) {
        try linkCarries(link)
        replySteps.append(.hop(TraceHop(element: link.id, kind: ElementKind.connection.rawValue, action: .forward,
                                        note: "\(label(link.id)) carries the reply back from on premises.", topic: Self.topic(of: link))))
        remember("On-premises routing back to \(Self.text(flow.source)) over \(link.id) is not modelled; assumed to follow the link.")
        pass(to.id, to.kind, .deliver, note: "Delivered to \(label(to.id)) at \(Self.text(flow.destination)).", topic: Self.topic(of: to))
    }

    /// `link` must be up and have a route for the flow's destination.
    mutating func linkCarries(_ link: Connection) throws(TraceStop) {
        let kind = ElementKind.connection.rawValue
        let topic = Self.topic(of: link)
        guard link.state.isUp else {
            try stop(link.id, kind, .drop, code: .connectionDown,
                     message: "\(label(link.id)) is \(link.state.rawValue): it carries no traffic.", topic: topic)
        }
        let destination = flow.destination
        let covering = link.staticRoutes.first { $0.contains(destination) }.map { "static route \($0)" }
            ?? model.networks(via: link.id).lazy.compactMap { n in n.cidrs.first { $0.contains(destination) }.map { "\(n.id) \($0)" } }.first
        guard let covering else {
            try stop(link.id, kind, .drop, code: link.type == .vpn ? .vpnNoRoute : .noPath,
                     message: "\(label(link.id)) has no route for \(Self.text(flow.destination)): no static route, and no network behind it holds it.",
                     topic: topic)
        }
        pass(link.id, kind, .forward, rule: "\(link.id): \(covering)",
             note: "\(label(link.id)) carries \(Self.text(flow.destination)) (\(covering)).", topic: topic)
    }

    /// FROM is an on-premises network: in over one of its links, to a VPC's virtual
    /// private gateway or through a transit gateway.
    mutating func enterFromNetwork(_ network: Network) throws(TraceStop) {
        replySteps.append(.deliver(from))
        guard let destination = to.subnet else {
            try unreachableFromNetwork(network)
        }
        let links = network.via.compactMap(model.connection)
        let direct = links.first { link in
            link.between.contains(destination.vpc) || link.vpnGateway.flatMap(model.gateway)?.vpc == destination.vpc
        }
        if let direct {
            try linkIn(direct)
            let vgw = direct.vpnGateway
                ?? model.gateways(ofVpc: destination.vpc).first { $0.type == .virtualPrivate }?.id ?? direct.id
            try arrive(in: destination, from: nil, entry: .virtualPrivateGateway(vgw))
            return
        }
        for link in links {
            if let gateway = model.connections(of: link.id).first(where: { $0.type == .transitGateway && $0.attachments.contains(destination.vpc) }) {
                try linkIn(link)
                try cross(gateway, from: link.id, zone: nil)
                return
            }
        }
        try stop(network.id, ElementKind.network.rawValue, .drop, code: .noPath,
                 message: "None of \(label(network.id))'s links (\(network.via.joined(separator: ", "))) leads to \(label(destination.vpc)).",
                 topic: "on-premises-network")
    }

    /// In over `link`; the reply needs the link up and routing back to the network.
    private mutating func linkIn(_ link: Connection) throws(TraceStop) {
        let kind = ElementKind.connection.rawValue
        guard link.state.isUp else {
            try stop(link.id, kind, .drop, code: .connectionDown,
                     message: "\(label(link.id)) is \(link.state.rawValue): it carries no traffic.", topic: Self.topic(of: link))
        }
        pass(link.id, kind, .forward, note: "\(label(link.id)) carries the traffic from \(label(from.id)) into AWS.",
             topic: Self.topic(of: link))
        replySteps.append(.link(link, flow: flow.reversed()))
    }

    /// An on-premises source and a destination outside any VPC: a gateway endpoint would
    /// not carry it, and nothing else joins them.
    private mutating func unreachableFromNetwork(_ network: Network) throws(TraceStop) -> Never {
        if case .service(let service) = to.place {
            for link in network.via.compactMap(model.connection) {
                for vpc in link.between {
                    if let endpoint = model.endpoints(ofVpc: vpc).first(where: { $0.type == .gateway && $0.service == service.id }) {
                        try stop(endpoint.id, ElementKind.endpoint.rawValue, .drop, code: .gatewayEndpointScope,
                                 message: "\(label(endpoint.id)) serves only traffic that starts in \(label(vpc)); traffic from on premises cannot use it.",
                                 topic: "gateway-endpoint")
                    }
                }
            }
        }
        try stop(network.id, ElementKind.network.rawValue, .drop, code: .noPath,
                 message: "Nothing in the architecture carries traffic from \(label(network.id)) to \(label(to.id)).",
                 topic: "on-premises-network")
    }

    /// The guide topic of a link.
    static func topic(of link: Connection) -> String {
        switch link.type {
        case .vpn: return "site-to-site-vpn"
        case .directConnect: return "direct-connect"
        case .vpcPeering: return "vpc-peering"
        case .transitGateway: return "transit-gateway"
        case .transitGatewayPeering: return "transit-gateway-peering"
        }
    }
}
