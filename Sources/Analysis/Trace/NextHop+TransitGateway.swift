import Topology

/// A transit gateway: the attachment the traffic enters by must have an interface in its
/// zone, be associated with a route table, and that table must route the destination to
/// another attachment; the reply needs the same on the way back.
/// Zones: https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html (as of 2025-06).
extension TraceWalk {
    /// Crosses transit gateway `id` from `subnet`'s VPC.
    mutating func transitGateway(_ id: String, from subnet: Subnet, entry: TraceEntry) throws(TraceStop) {
        let kind = ElementKind.connection.rawValue
        guard let gateway = model.connection(id), gateway.type == .transitGateway else {
            guard let destination = to.subnet, !to.byPublicAddress else {
                try stop(id, kind, .drop, code: .noPath, message: "\(id) is not in the model, and \(label(to.id)) is in no VPC.",
                         topic: "transit-gateway")
            }
            assume(id, kind, .forward, note: "\(id) is not in the model.", topic: "transit-gateway",
                   assumption: "Transit gateway \(id) is not in the model; assumed to route \(subnet.vpc) to \(destination.vpc).")
            try arrive(in: destination, from: nil, entry: .transitGateway(id))
            return
        }
        try cross(gateway, from: subnet.vpc, zone: subnet)
    }

    /// Crosses `gateway`, entering from `attachment` (a VPC, VPN, Direct Connect or peering
    /// id) in the zone of `zone` when it is a VPC.
    mutating func cross(_ gateway: Connection, from attachment: String, zone: Subnet?) throws(TraceStop) {
        let kind = ElementKind.connection.rawValue
        guard gateway.state.isUp else {
            try stop(gateway.id, kind, .drop, code: .connectionDown,
                     message: "\(label(gateway.id)) is \(gateway.state.rawValue), not available.", topic: "transit-gateway")
        }
        guard gateway.attachments.contains(attachment) else {
            try stop(gateway.id, kind, .drop, code: .noPath,
                     message: "\(label(attachment)) is not attached to \(label(gateway.id)).", topic: "transit-gateway")
        }
        if let zone { try attachedInZone(gateway, vpc: attachment, zone: zone) }
        pass(gateway.id, kind, .forward, rule: "\(gateway.id): attachment \(attachment)",
             note: "\(label(attachment)) sends the traffic into \(label(gateway.id)).", topic: "transit-gateway")
        let target = try transitGatewayRoute(gateway, from: attachment)
        replySteps.append(.transitGateway(gateway, attachment: target, flow: flow.reversed(), expect: attachment))
        try leave(gateway, to: target, zone: zone)
    }

    /// The route table's decision, as a hop; returns the attachment it routes to.
    private mutating func transitGatewayRoute(_ gateway: Connection, from attachment: String) throws(TraceStop) -> String {
        let kind = ElementKind.transitGatewayRouteTable.rawValue
        switch TransitGatewayRouting.route(gateway, from: attachment, to: flow.destination, in: model) {
        case .notAssociated:
            try stop(gateway.id, ElementKind.connection.rawValue, .drop, code: .transitGatewayNotAssociated,
                     message: "The attachment of \(label(attachment)) is associated with no route table of \(label(gateway.id)).",
                     topic: "transit-gateway")
        case .noRoute(let table):
            try stop(table.id, kind, .drop, code: .transitGatewayNoRoute,
                     message: "\(label(table.id)) has no route for \(destinationText) (no static route, and no attachment that propagates it).",
                     topic: "transit-gateway")
        case .blackhole(let table, let rule):
            try stop(table.id, kind, .drop, rule: rule, code: .blackholeRoute,
                     message: "\(label(table.id)) has a blackhole route for \(destinationText): traffic is dropped.", topic: "transit-gateway")
        case .found(let table?, let rule, let target):
            pass(table.id, kind, .forward, rule: rule, note: "\(label(table.id)) sends \(destinationText) to \(label(target)).",
                 topic: "transit-gateway")
            return target
        case .found(nil, let rule, let target):
            assume(gateway.id, ElementKind.connection.rawValue, .forward, rule: rule, note: "\(label(gateway.id)) has no route tables in the model.",
                   topic: "transit-gateway",
                   assumption: "Transit gateway \(gateway.id) has no route tables in the model; assumed its default route table, with every attachment associated and propagating.")
            return target
        }
    }

    /// Leaves `gateway` through attachment `target`.
    private mutating func leave(_ gateway: Connection, to target: String, zone: Subnet?) throws(TraceStop) {
        if model.vpc(target) != nil {
            if let destination = to.subnet, destination.vpc == target, !to.byPublicAddress {
                try attachedInZone(gateway, vpc: target, zone: destination)
                try arrive(in: destination, from: nil, entry: .transitGateway(gateway.id))
                return
            }
            let subnet = try attachmentSubnet(gateway, vpc: target, near: zone)
            replySteps.append(.route(subnet, flow: flow.reversed(), expect: .transitGateway(gateway.id)))
            try route(from: subnet, entry: .transitGateway(gateway.id))
            return
        }
        guard let connection = model.connection(target) else {
            try stop(target, "attachment", .drop, code: .noPath, message: "\(target) is not in the model.", topic: "transit-gateway")
        }
        switch connection.type {
        case .vpn, .directConnect:
            try connectionOut(connection)
        case .transitGatewayPeering:
            guard let peer = connection.between.first(where: { $0 != gateway.id }).flatMap(model.connection) else {
                try stop(target, ElementKind.connection.rawValue, .drop, code: .noPath,
                         message: "The gateway at the other end of \(label(target)) is not in the model.", topic: "transit-gateway-peering")
            }
            guard connection.state.isUp else {
                try stop(target, ElementKind.connection.rawValue, .drop, code: .connectionDown,
                         message: "\(label(target)) is \(connection.state.rawValue), not available.", topic: "transit-gateway-peering")
            }
            try cross(peer, from: target, zone: nil)
        case .vpcPeering, .transitGateway:
            try stop(target, ElementKind.connection.rawValue, .drop, code: .noPath,
                     message: "\(label(target)) is not something a transit gateway attaches.", topic: "transit-gateway")
        }
    }

    /// The VPC attachment of `vpc` must have a subnet in the zone of `zone`, when the model says which.
    private mutating func attachedInZone(_ gateway: Connection, vpc: String, zone: Subnet) throws(TraceStop) {
        guard model.vpc(vpc) != nil, let ids = gateway.attachmentSubnets?[vpc] else { return }
        let inZone = ids.compactMap(model.subnet).contains { Self.sameZone($0, zone) }
        guard inZone else {
            try stop(gateway.id, ElementKind.connection.rawValue, .drop, code: .transitGatewayNotAttachedInZone,
                     message: "The attachment of \(label(vpc)) to \(label(gateway.id)) has no subnet in \(zone.zoneId ?? zone.zone), where \(label(zone.id)) is: the transit gateway cannot reach it there.",
                     topic: "transit-gateway")
        }
    }

    /// Where traffic enters a VPC that is not its destination: the attachment's subnet in
    /// the zone it travels in (a transit gateway keeps a flow in its zone), else the first.
    private mutating func attachmentSubnet(_ gateway: Connection, vpc: String, near: Subnet?) throws(TraceStop) -> Subnet {
        let subnets = (gateway.attachmentSubnets?[vpc] ?? []).compactMap(model.subnet)
        let inZone = subnets.first { s in near.map { Self.sameZone(s, $0) } ?? false }
        if let s = inZone ?? subnets.first { return s }
        guard let any = model.subnets(ofVpc: vpc).first else {
            try stop(vpc, ElementKind.vpc.rawValue, .drop, code: .noPath, message: "\(label(vpc)) has no subnet in the model.",
                     topic: "transit-gateway")
        }
        remember("The attachment subnets of \(vpc) on \(gateway.id) are not in the model; traffic is assumed to enter at \(any.id).")
        return any
    }

    /// The reply: the route table of the attachment the traffic left by must route it back
    /// to the attachment it came from.
    mutating func transitGatewayBack(_ gateway: Connection, from attachment: String, expect: String) throws(TraceStop) {
        let kind = ElementKind.transitGatewayRouteTable.rawValue
        switch TransitGatewayRouting.route(gateway, from: attachment, to: flow.destination, in: model) {
        case .notAssociated:
            try stop(gateway.id, ElementKind.connection.rawValue, .drop, code: .transitGatewayNotAssociated,
                     message: "The attachment of \(label(attachment)) is associated with no route table of \(label(gateway.id)): the reply cannot go back.",
                     topic: "transit-gateway")
        case .noRoute(let table):
            try stop(table.id, kind, .drop, code: .transitGatewayNoRoute,
                     message: "\(label(table.id)), associated with \(label(attachment)), has no route for the reply to \(Self.text(flow.destination)).",
                     topic: "transit-gateway")
        case .blackhole(let table, let rule):
            try stop(table.id, kind, .drop, rule: rule, code: .blackholeRoute,
                     message: "\(label(table.id)) blackholes the reply to \(Self.text(flow.destination)).", topic: "transit-gateway")
        case .found(let table, let rule, let target):
            let element = table?.id ?? gateway.id
            let kind = table == nil ? ElementKind.connection.rawValue : kind
            guard target == expect else {
                try stop(element, kind, .drop, rule: rule, code: .transitGatewayNoRoute,
                         message: "\(label(element)) sends the reply to \(label(target)), not back to \(label(expect)): the path is asymmetric.",
                         topic: "transit-gateway")
            }
            pass(element, kind, .forward, rule: rule, note: "\(label(element)) sends the reply back to \(label(expect)).",
                 topic: "transit-gateway")
        }
    }

    /// True when two subnets are in the same Availability Zone: by zone id where both have
    /// one (names differ between accounts), else by name.
    static func sameZone(_ a: Subnet, _ b: Subnet) -> Bool {
        if let x = a.zoneId, let y = b.zoneId { return x == y }
        return a.zone == b.zone
    }
}
