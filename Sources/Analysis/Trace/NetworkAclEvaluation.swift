import Topology

/// Network ACLs: stateless, numbered rules at a subnet's edge. The lowest-numbered entry
/// that matches decides; what none matches meets the final `*` deny. Traffic is checked on
/// leaving one subnet and entering the next, replies included, each with its own ports.
extension TraceWalk {
    /// The ACL of `subnet` decides whether the traffic leaves it (`egress`) or enters it.
    mutating func networkAcl(of subnet: Subnet, egress: Bool) throws(TraceStop) {
        let direction = egress ? "outbound" : "inbound"
        guard model.modelsNetworkAcls(ofVpc: subnet.vpc), let acl = model.networkAcl(forSubnet: subnet) else {
            assume(subnet.id, ElementKind.networkAcl.rawValue, rule: "network ACL not modelled",
                   note: "the model holds no network ACL for \(label(subnet.id)).", topic: "network-acl",
                   assumption: "Network ACLs of \(label(subnet.vpc)) are not modelled; traffic assumed allowed at the edge of \(label(subnet.id)).")
            return
        }
        let other = egress ? flow.destination : flow.source
        var left = flow.ports
        var allowed = PortSet.empty
        var decider: NetworkAcl.Entry?
        for entry in acl.entries(egress: egress) where entry.cidr.contains(other) {
            guard let covered = flow.covered(by: entry.ipProtocol, entry.ports) else { continue }
            let wholly = flow.wholly(by: entry.ipProtocol)
            let taken = flow.ipProtocol.hasPorts ? Self.intersection(left, covered) : (wholly ? left : .empty)
            if entry.allow {
                let gained = flow.ipProtocol.hasPorts ? taken : left
                if !gained.isEmpty, decider == nil { decider = entry }
                allowed = allowed.union(gained)
            } else if decider == nil, taken == left, !left.isEmpty {
                try stop(acl.id, ElementKind.networkAcl.rawValue, rule: "\(acl.id) \(entry)",
                         code: egress ? .networkAclEgress : .networkAclIngress,
                         message: "Entry #\(entry.number) of \(label(acl.id)) denies \(flow.trafficText) \(direction) \(egress ? "to" : "from") \(Self.text(other)) at \(label(subnet.id)).",
                         topic: "network-acl")
            }
            for range in taken.ranges { left = left.subtracting(range) }
            if left.isEmpty { break }
        }
        guard let decider else {
            try stop(acl.id, ElementKind.networkAcl.rawValue, rule: "\(acl.id) * deny all",
                     code: egress ? .networkAclEgress : .networkAclIngress,
                     message: "No entry of \(label(acl.id)) allows \(flow.trafficText) \(direction) \(egress ? "to" : "from") \(Self.text(other)) at \(label(subnet.id)); the final * rule denies it.",
                     topic: "network-acl")
        }
        if flow.ipProtocol.hasPorts { flow.ports = allowed }
        pass(acl.id, ElementKind.networkAcl.rawValue, .allow, rule: "\(acl.id) \(decider)",
             note: "Entry #\(decider.number) of \(label(acl.id)) allows \(flow.trafficText) \(direction) at \(label(subnet.id)).",
             topic: "network-acl")
    }

    private static func intersection(_ a: PortSet, _ b: PortSet) -> PortSet {
        var out = PortSet.empty
        for range in b.ranges { out = out.union(a.intersection(range)) }
        return out
    }
}
