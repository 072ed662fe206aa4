import Topology

/// The forward walk: out of the source's interface and subnet, through route tables and
/// next hops, into the destination's subnet and interface.
extension TraceWalk {
    /// Walks from `from` to `to`; a hop that stops the traffic throws.
    mutating func walkForward() throws(TraceStop) {
        switch from.place {
        case .subnet(let subnet):
            try leave(subnet)
        case .internet:
            try enterFromInternet()
        case .network(let network):
            try enterFromNetwork(network)
        case .service(let service):
            try stop(service.id, service.kind.rawValue, .drop, code: .noPath,
                     message: "A service only answers; a trace starts at a client.", topic: service.kind.rawValue)
        }
    }

    /// The source's own edge: its security groups, then its subnet's ACL, then its routes.
    private mutating func leave(_ subnet: Subnet) throws(TraceStop) {
        replySteps.append(.deliver(from))
        replySteps.append(.stateful(from))
        if let service = flow.service { try meetService(service, in: subnet) }
        try securityGroups(of: from, egress: true)
        if let destination = to.subnet, destination.id == subnet.id, !to.byPublicAddress {
            try arrive(in: destination, from: subnet, entry: .origin)
            return
        }
        try networkAcl(of: subnet, egress: true)
        replySteps.append(.acl(subnet, egress: false, flow: flow.reversed()))
        try route(from: subnet, entry: .origin)
    }

    /// More hops than any real path has: a walk that gets here is going round in circles.
    static let hopLimit = 64

    /// Looks up the route for the destination in `subnet`'s table and follows it.
    mutating func route(from subnet: Subnet, entry: TraceEntry) throws(TraceStop) {
        guard visited.insert("\(subnet.id) \(flow.source)").inserted, hops.count < Self.hopLimit else {
            try stop(subnet.vpc, ElementKind.vpc.rawValue, .drop, code: .noPath,
                     message: "The routes send the traffic back into \(label(subnet.id)), where it has been: a loop.",
                     topic: "route-table")
        }
        switch RouteLookup.route(from: subnet, to: flow.destination, service: flow.service, in: model) {
        case .notModelled:
            try assumedRoute(from: subnet, entry: entry)
        case .noRoute(let table, let explicit):
            try stop(table.id, ElementKind.routeTable.rawValue, .drop, code: .noRoute,
                     message: "\(label(table.id))\(Self.mainNote(explicit, subnet)) has no route for \(destinationText).",
                     topic: "route-table")
        case .found(let table, let explicit, let route, let target):
            if route.isBlackhole {
                try stop(table.id, ElementKind.routeTable.rawValue, .drop, rule: RouteLookup.text(route), code: .blackholeRoute,
                         message: "The route for \(destinationText) in \(label(table.id)) points at \(route.target), which is gone: traffic is dropped.",
                         topic: "route-table")
            }
            pass(table.id, ElementKind.routeTable.rawValue, .forward, rule: RouteLookup.text(route),
                 note: "\(label(table.id))\(Self.mainNote(explicit, subnet)) sends \(destinationText) to \(route.target).",
                 topic: "route-table")
            try follow(target, from: subnet, entry: entry)
        }
    }

    /// Goes on to the next hop a route names.
    mutating func follow(_ target: RouteTarget, from subnet: Subnet, entry: TraceEntry) throws(TraceStop) {
        switch target {
        case .local: try deliverLocally(from: subnet, entry: entry)
        case .peering(let id): try peering(id, from: subnet, entry: entry)
        case .transitGateway(let id): try transitGateway(id, from: subnet, entry: entry)
        case .internetGateway(let id): try internetGatewayOut(id, from: subnet, entry: entry)
        case .natGateway(let id): try natGateway(id, from: subnet, entry: entry)
        case .virtualPrivateGateway(let id): try virtualPrivateGateway(id, from: subnet, entry: entry)
        case .endpoint(let id): try gatewayEndpoint(id, from: subnet, entry: entry)
        case .networkInterface(let id), .other(let id):
            try stop(id, model.element(id)?.kind.rawValue ?? "route-target", .drop, code: .noPath,
                     message: "The route sends the traffic to \(label(id)), an appliance or target linkscope does not trace through.",
                     topic: "route-table")
        }
    }

    /// The traffic enters the destination's subnet, then the destination itself.
    mutating func arrive(in subnet: Subnet, from previous: Subnet?, entry: TraceEntry) throws(TraceStop) {
        if previous?.id != subnet.id {
            replySteps.append(.route(subnet, flow: flow.reversed(), expect: entry))
            try networkAcl(of: subnet, egress: false)
            replySteps.append(.acl(subnet, egress: true, flow: flow.reversed()))
        }
        if case .endpoint(let endpoint)? = to.element {
            try interfaceEndpoint(endpoint, in: subnet)
            return
        }
        if case .gateway(let gateway)? = to.element, gateway.type == .nat {
            try stop(gateway.id, ElementKind.gateway.rawValue, .drop, code: .natInbound,
                     message: "\(label(gateway.id)) is a NAT gateway: it only lets connections out, and nothing can open one to it.",
                     topic: "nat-gateway")
        }
        try securityGroups(of: to, egress: false)
        replySteps.append(.stateful(to))
        deliver()
    }

    /// The last hop: the traffic is at its destination.
    mutating func deliver() {
        let at = to.place.isInternet ? "" : " at \(destinationText)"
        pass(to.id, to.kind, .deliver, note: "Delivered to \(name(of: to))\(at).", topic: Self.topic(of: to))
    }

    /// An end in sentences: `i-0abc (web)`, or `the internet`.
    func name(of end: TraceEnd) -> String {
        end.place.isInternet && end.host == nil ? "the internet" : label(end.id)
    }

    /// What the traffic is for, in sentences: the destination's address, or the service.
    var destinationText: String {
        if let service = flow.service { return service.name }
        return Self.text(flow.destination)
    }

    /// ` (the main table of vpc-x)` when the subnet has no table of its own.
    static func mainNote(_ explicit: Bool, _ subnet: Subnet) -> String {
        explicit ? "" : " (the main table: \(subnet.id) has no association of its own)"
    }

    /// The guide topic of an end's kind.
    static func topic(of end: TraceEnd) -> String {
        switch end.element {
        case .instance?, .networkInterface?: return "network-interface"
        case .subnet?: return "subnet"
        case .vpc?: return "vpc"
        case .loadBalancer(let lb)?: return lb.type == .application ? "application-load-balancer" : "network-load-balancer"
        case .endpoint?: return "interface-endpoint"
        case .service(let s)?: return s.kind.rawValue
        case .network?: return "on-premises-network"
        case .gateway?: return "nat-gateway"
        case .account?, .routeTable?, .connection?, .securityGroup?, .networkAcl?, .prefixList?, .transitGatewayRouteTable?, nil:
            return end.place.isInternet ? "internet-gateway" : "subnet"
        }
    }
}

extension TraceEnd.Place {
    /// True for the internet (any address on it, or one typed).
    var isInternet: Bool {
        if case .internet = self { return true }
        return false
    }
}
