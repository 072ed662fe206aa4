import Topology

/// A subnet's route table, and the route in it for an address: the longest prefix that
/// holds the address, over CIDR routes and prefix-list routes alike. A subnet without an
/// association of its own uses its VPC's main table. Every table routes the VPC's own
/// CIDRs locally, written or not.
struct RouteLookup {
    /// What the lookup found.
    enum Outcome {
        /// Neither the subnet nor its VPC has a table in the model.
        case notModelled
        case noRoute(RouteTable, explicit: Bool)
        case found(RouteTable, explicit: Bool, route: RouteTable.Route, target: RouteTarget)
    }

    /// The route for `destination` (or, for an AWS service without an address, for the
    /// service's prefix list) from `subnet`.
    static func route(from subnet: Subnet, to destination: CIDR, service: Service?, in model: NetworkModel) -> Outcome {
        guard let (table, explicit) = model.routeTable(forSubnet: subnet) else { return .notModelled }
        var best: (route: RouteTable.Route, length: Int)?
        var hasLocal = false
        for route in table.routes {
            if route.target == "local" { hasLocal = true }
            guard let length = matchLength(route, destination, service, model), length > (best?.length ?? -1) else { continue }
            best = (route, length)
        }
        if !hasLocal, let vpc = model.vpc(table.vpc) {
            for cidr in vpc.cidrs where cidr.contains(destination) && cidr.prefixLength > (best?.length ?? -1) {
                best = (RouteTable.Route(destination: cidr.description, target: "local"), cidr.prefixLength)
            }
        }
        guard let best else { return .noRoute(table, explicit: explicit) }
        return .found(table, explicit: explicit, route: best.route, target: RouteTarget(best.route.target, in: model))
    }

    /// How specific a route is for `destination`, or nil when it does not hold it. A
    /// prefix-list route counts with the list's CIDR that holds the address; for an AWS
    /// service, its own list (or a gateway endpoint to it) counts as a host route.
    private static func matchLength(_ route: RouteTable.Route, _ destination: CIDR, _ service: Service?,
                                    _ model: NetworkModel) -> Int? {
        if let cidr = CIDR(route.destination) {
            return cidr.contains(destination) ? cidr.prefixLength : nil
        }
        if let list = model.prefixList(route.destination) {
            if let service, list.awsService == service.name { return 32 }
            return list.cidrs.filter { $0.contains(destination) }.map(\.prefixLength).max()
        }
        if let service, case .endpoint(let e)? = model.element(route.target), e.type == .gateway, e.service == service.id {
            return 32
        }
        return nil
    }

    /// `route 10.1.0.0/16 → pcx-0abc`.
    static func text(_ route: RouteTable.Route) -> String {
        "route \(route.destination) → \(route.target)" + (route.isBlackhole ? " (blackhole)" : "")
    }
}
