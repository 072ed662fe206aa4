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
        if let line = notModelled(t) { lines.append(line) }
        lines += ["", "Next: linkscope list endpoints, linkscope show ID"]
        return lines.joined(separator: "\n")
    }

    /// The resources the sources hold that the model has no element for, on one line:
    /// `not modelled: 5 resources of 3 types (AWS::IAM::Role 2, …)`.
    static func notModelled(_ t: NetworkModel) -> String? {
        guard !t.notModelled.isEmpty else { return nil }
        let types = t.notModelled.sorted { $0.key < $1.key }
        let total = types.reduce(0) { $0 + $1.value }
        let list = types.map { "\(Sanitized.line($0.key)) \($0.value)" }.joined(separator: ", ")
        return "not modelled: \(total) resource\(total == 1 ? "" : "s") of \(types.count) type\(types.count == 1 ? "" : "s") (\(list))"
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
