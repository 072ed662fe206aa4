import SafeText
import Topology

/// What `show` prints without an argument: the architecture at a glance.
enum Overview {
    /// Label, JSON key and count per kind.
    static func counts(_ t: NetworkModel) -> [(label: String, key: String, count: Int)] {
        [("accounts", "accounts", t.accounts.count), ("VPCs", "vpcs", t.vpcs.count),
         ("subnets", "subnets", t.subnets.count), ("route tables", "routeTables", t.routeTables.count),
         ("load balancers", "loadBalancers", t.loadBalancers.count), ("services", "services", t.services.count),
         ("endpoints", "endpoints", t.endpoints.count), ("connections", "connections", t.connections.count),
         ("networks", "networks", t.networks.count)] + forwardingCounts(t)
    }

    /// The kinds a trace reads; the text leaves out those a source does not have, as most
    /// hand-written designs have none.
    static func forwardingCounts(_ t: NetworkModel) -> [(label: String, key: String, count: Int)] {
        [("instances", "instances", t.instances.count), ("network interfaces", "networkInterfaces", t.networkInterfaces.count),
         ("security groups", "securityGroups", t.securityGroups.count), ("network ACLs", "networkAcls", t.networkAcls.count),
         ("gateways", "gateways", t.gateways.count), ("prefix lists", "prefixLists", t.prefixLists.count),
         ("transit gateway route tables", "transitGatewayRouteTables", t.transitGatewayRouteTables.count)]
    }

    static func text(_ t: NetworkModel) -> String {
        var lines = [Sanitized.line(t.name), "source: \(t.sources.map(Sanitized.line).joined(separator: ", "))"]
        if !t.description.isEmpty { lines += ["", t.description.trimmingTrailingNewlines] }
        lines += ["", "regions: \(t.regions.map(Sanitized.line).joined(separator: ", "))"]
        let optional = Set(forwardingCounts(t).map(\.key))
        lines += counts(t).filter { $0.count > 0 || !optional.contains($0.key) }.map { "\($0.label): \($0.count)" }
        lines += ["", "Next: linkscope list endpoints, linkscope show ID"]
        return lines.joined(separator: "\n")
    }

    static func json(_ t: NetworkModel) -> JSONValue {
        .object([("name", .string(t.name)), ("description", .string(t.description)),
                 ("sources", .array(t.sources.map(JSONValue.string))),
                 ("regions", .array(t.regions.map(JSONValue.string))),
                 ("counts", .object(counts(t).map { ($0.key, .number(Double($0.count))) }))])
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var s = self
        while s.last?.isNewline == true { s.removeLast() }
        return s
    }
}
