import Topology

/// The reply: the forward walk's reply steps, run backwards from the destination. Security
/// groups pass it (they are stateful); network ACLs check it with its own ports; routes and
/// transit gateway route tables must send it back the way the traffic came.
extension TraceWalk {
    /// Runs `steps` (in forward order) backwards.
    mutating func walkReply(_ steps: [ReplyStep]) {
        do {
            for step in steps.reversed() { try replay(step) }
        } catch {}
    }

    private mutating func replay(_ step: ReplyStep) throws(TraceStop) {
        switch step {
        case .stateful(let end):
            guard case .groups(let ids) = end.guarding else { return }
            pass(ids[0], ElementKind.securityGroup.rawValue, .allow, rule: "stateful",
                 note: "Security groups are stateful: the reply to a connection \(ids.map(label).joined(separator: ", ")) allowed passes.",
                 topic: "security-group")
        case .acl(let subnet, let egress, let replyFlow):
            flow = replyFlow
            try networkAcl(of: subnet, egress: egress)
        case .route(let subnet, let replyFlow, let expect):
            flow = replyFlow
            try routeBack(from: subnet, expect: expect)
        case .transitGateway(let connection, let attachment, let replyFlow, let expect):
            flow = replyFlow
            try transitGatewayBack(connection, from: attachment, expect: expect)
        case .link(let link, let replyFlow):
            flow = replyFlow
            try linkCarries(link)
        case .hop(let hop):
            hops.append(hop)
        case .deliver(let end):
            pass(end.id, end.kind, .deliver, note: "The reply is back at \(name(of: end)).", topic: Self.topic(of: end))
        }
    }

    /// The route for the reply in `subnet` must go back through `expect`.
    private mutating func routeBack(from subnet: Subnet, expect: TraceEntry) throws(TraceStop) {
        let wanted = expect.replyTarget
        let code: TraceCode = { if case .peering = expect { return .peeringNoReturnRoute } else { return .noRoute } }()
        switch RouteLookup.route(from: subnet, to: flow.destination, service: nil, in: model) {
        case .notModelled:
            assume(subnet.id, ElementKind.routeTable.rawValue, .forward, note: "no route table for \(label(subnet.id)).",
                   topic: "route-table",
                   assumption: "\(label(subnet.id)) has no route table in the model; the reply is assumed to go back through \(wanted).")
        case .noRoute(let table, let explicit):
            try stop(table.id, ElementKind.routeTable.rawValue, .drop, code: code,
                     message: "\(label(table.id))\(Self.mainNote(explicit, subnet)) has no route for the reply to \(Self.text(flow.destination)).",
                     topic: "route-table")
        case .found(let table, let explicit, let route, _):
            if route.isBlackhole {
                try stop(table.id, ElementKind.routeTable.rawValue, .drop, rule: RouteLookup.text(route), code: .blackholeRoute,
                         message: "The reply's route in \(label(table.id)) points at \(route.target), which is gone.", topic: "route-table")
            }
            if route.target != wanted, let endpoint = model.endpoint(route.target), endpoint.type == .gatewayLoadBalancer,
               let next = inspectionSubnet(of: endpoint, near: subnet), next.id != subnet.id, hops.count < Self.hopLimit {
                // Inspection on the way back: through the appliances, then on from the endpoint's subnet.
                pass(table.id, ElementKind.routeTable.rawValue, .forward, rule: RouteLookup.text(route),
                     note: "\(label(table.id)) sends the reply to \(label(endpoint.id)) for inspection.", topic: "route-table")
                pass(endpoint.id, ElementKind.endpoint.rawValue, .forward,
                     note: "\(label(endpoint.id)) takes the reply through its appliances and on from \(label(next.id)).",
                     topic: "gateway-load-balancer-endpoint")
                try routeBack(from: next, expect: expect)
                return
            }
            guard route.target == wanted else {
                try stop(table.id, ElementKind.routeTable.rawValue, .drop, rule: RouteLookup.text(route), code: code,
                         message: "\(label(table.id))\(Self.mainNote(explicit, subnet)) sends the reply to \(route.target), not back through \(wanted): the path is asymmetric.",
                         topic: "route-table")
            }
            let way = wanted == "local" ? "within the VPC" : "back through \(wanted)"
            pass(table.id, ElementKind.routeTable.rawValue, .forward, rule: RouteLookup.text(route),
                 note: "\(label(table.id)) sends the reply to \(Self.text(flow.destination)) \(way).", topic: "route-table")
        }
    }
}
