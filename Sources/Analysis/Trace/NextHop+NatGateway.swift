import Topology

/// A NAT gateway: connections out only. It maps the source to its own address, then its
/// own subnet routes the traffic on: a public NAT gateway to an internet gateway, a
/// private one to routable private destinations (a transit gateway, a VGW).
extension TraceWalk {
    /// Goes through NAT gateway `id` from `subnet`.
    mutating func natGateway(_ id: String, from subnet: Subnet, entry: TraceEntry) throws(TraceStop) {
        let kind = ElementKind.gateway.rawValue
        guard let nat = model.gateway(id), let natSubnet = nat.subnet.flatMap(model.subnet) else {
            try unmodelledNat(id, from: subnet)
            return
        }
        if natSubnet.id != subnet.id {
            try networkAcl(of: natSubnet, egress: false)
            replySteps.append(.acl(natSubnet, egress: true, flow: flow.reversed()))
        }
        let isPublic = nat.connectivity != .private
        let known = isPublic ? nat.publicIp : nat.privateIp ?? natSubnet.cidr?.firstIPv4
        let address: IPv4Address
        if let known {
            address = known
        } else if isPublic {
            // A design (a template) allocates the Elastic IP at deploy time: a documentation
            // address stands in for it, said as such, rather than a stop the design does not have.
            address = Self.standInPublicAddress
            remember("\(label(id))'s Elastic IP is not in the model (allocated at deploy time); \(address), a documentation address, stands in for it.")
        } else {
            try stop(id, kind, .drop, code: .noPath, message: "\(label(id)) has no address in the model.", topic: "nat-gateway")
        }
        let before = flow.source
        // The reply comes back through this NAT gateway and is routed from its subnet, not
        // from where the traffic entered the VPC: that check gives way to this one.
        replySteps.removeAll {
            if case .route(let s, _, let e) = $0 { return s.vpc == natSubnet.vpc && e == entry }
            return false
        }
        replySteps.append(.route(natSubnet, flow: flow.reversed(), expect: entry))
        pass(id, kind, .translate, rule: "\(Self.text(before)) → \(address)",
             note: "\(label(id)) (\(isPublic ? "public" : "private")) maps the source \(Self.text(before)) to its address \(address).",
             topic: "nat-gateway")
        flow.source = CIDR(address)
        flow.sourceGroups = .none
        replySteps.append(.hop(TraceHop(element: id, kind: kind, action: .translate, rule: "\(address) → \(Self.text(before))",
                                        note: "\(label(id)) maps the reply back to \(Self.text(before)).", topic: "nat-gateway")))
        try networkAcl(of: natSubnet, egress: true)
        replySteps.append(.acl(natSubnet, egress: false, flow: flow.reversed()))
        if isPublic { try throughInternetGateway(from: natSubnet, nat: id) } else { try route(from: natSubnet, entry: .origin) }
    }

    /// What stands in for a public NAT gateway's Elastic IP a design does not know yet (RFC 5737 TEST-NET-1).
    static let standInPublicAddress = IPv4Address("192.0.2.1")!

    /// A public NAT gateway's subnet must send the traffic to an internet gateway.
    private mutating func throughInternetGateway(from subnet: Subnet, nat: String) throws(TraceStop) {
        let kind = ElementKind.routeTable.rawValue
        switch RouteLookup.route(from: subnet, to: flow.destination, service: flow.service, in: model) {
        case .found(let table, _, let route, .internetGateway(let igw)) where !route.isBlackhole:
            pass(table.id, kind, .forward, rule: RouteLookup.text(route),
                 note: "\(label(table.id)), the table of \(nat)'s subnet, sends \(destinationText) to \(igw).", topic: "route-table")
            try internetGatewayOut(igw, from: subnet, entry: .origin)
        case .found(let table, _, let route, _):
            try stop(table.id, kind, .drop, rule: RouteLookup.text(route), code: .noRoute,
                     message: "\(label(table.id)), the table of \(label(nat))'s subnet, sends \(destinationText) to \(route.target), not to an internet gateway: a public NAT gateway reaches the internet only through one.",
                     topic: "nat-gateway")
        case .noRoute(let table, _):
            try stop(table.id, kind, .drop, code: .noRoute,
                     message: "\(label(table.id)), the table of \(label(nat))'s subnet, has no route to an internet gateway for \(destinationText).",
                     topic: "nat-gateway")
        case .notModelled:
            guard let igw = model.gateways(ofVpc: subnet.vpc).first(where: { $0.type == .internet }) else {
                try stop(subnet.vpc, ElementKind.vpc.rawValue, .drop, code: .noPath,
                         message: "\(label(subnet.vpc)) has no internet gateway for \(label(nat)) to reach the internet through.",
                         topic: "nat-gateway")
            }
            assume(subnet.id, kind, .forward, rule: "route 0.0.0.0/0 → \(igw.id) (assumed)",
                   note: "no route table for \(label(subnet.id)).", topic: "route-table",
                   assumption: "\(label(subnet.id)) has no route table in the model; \(nat) is assumed to reach the internet through \(igw.id).")
            try internetGatewayOut(igw.id, from: subnet, entry: .origin)
        }
    }

    /// A NAT gateway the model does not hold (or holds without a subnet, as a regional one):
    /// assumed public, reaching the internet through the VPC's internet gateway.
    private mutating func unmodelledNat(_ id: String, from subnet: Subnet) throws(TraceStop) {
        let kind = ElementKind.gateway.rawValue
        guard let publicIp = model.gateway(id)?.publicIp, let igw = model.gateways(ofVpc: subnet.vpc).first(where: { $0.type == .internet }) else {
            try stop(id, kind, .drop, code: .noPath,
                     message: "\(label(id)) is not in the model with a subnet and an address, so where it sends traffic is unknown.",
                     topic: "nat-gateway")
        }
        let before = flow.source
        assume(id, kind, .translate, rule: "\(Self.text(before)) → \(publicIp)", note: "\(label(id)) has no subnet in the model.",
               topic: "nat-gateway",
               assumption: "NAT gateway \(id) has no subnet in the model (a regional NAT gateway?); assumed to reach the internet through \(igw.id).")
        replySteps.append(.hop(TraceHop(element: id, kind: kind, action: .translate, rule: "\(publicIp) → \(Self.text(before))",
                                        note: "\(label(id)) maps the reply back to \(Self.text(before)).", topic: "nat-gateway")))
        flow.source = CIDR(publicIp)
        flow.sourceGroups = .none
        try internetGatewayOut(igw.id, from: subnet, entry: .origin)
    }
}
