import Topology

/// Security groups: stateful allow-lists on an interface. Traffic leaves an interface when
/// an outbound rule of one of its groups allows it, and enters when an inbound rule does;
/// the reply of an allowed connection passes both ways without a rule.
extension TraceWalk {
    /// Whether a rule's peer covers the other end of the traffic.
    enum PeerMatch {
        case no
        case yes
        /// The model cannot tell; the sentence says what was assumed.
        case assumed(String)
    }

    /// The groups of `end` decide whether the traffic leaves it (`egress`) or enters it.
    mutating func securityGroups(of end: TraceEnd, egress: Bool) throws(TraceStop) {
        let direction = egress ? "outbound" : "inbound"
        switch end.guarding {
        case .unfiltered:
            return
        case .unknown(let why):
            assume(end.id, ElementKind.securityGroup.rawValue, rule: "security groups not modelled", note: why + ".",
                   topic: "security-group", assumption: "\(why); \(direction) traffic assumed allowed there.")
        case .groups(let ids):
            try evaluate(ids, of: end, egress: egress)
        }
    }

    private mutating func evaluate(_ ids: [String], of end: TraceEnd, egress: Bool) throws(TraceStop) {
        let other = egress ? flow.destination : flow.source
        let membership = egress ? flow.destinationGroups : flow.sourceGroups
        let direction = egress ? "outbound" : "inbound"
        var allowed = PortSet.empty
        var decider: (group: SecurityGroup, rule: SecurityGroupRule, assumed: String?)?
        var unknown: [String] = []
        for id in ids {
            guard let group = model.securityGroup(id) else { unknown.append("\(id) is not in the model"); continue }
            guard let rules = egress ? group.egress : group.ingress else {
                unknown.append("\(id) has no \(direction) rules listed"); continue
            }
            for rule in rules {
                guard let ports = flow.covered(by: rule.ipProtocol, rule.ports) else { continue }
                let match = peerMatch(rule.peer, other: other, membership: membership, service: egress ? flow.service : nil)
                switch match {
                case .no: continue
                case .yes: if decider == nil || decider?.assumed != nil { decider = (group, rule, nil) }
                case .assumed(let sentence): if decider == nil { decider = (group, rule, sentence) }
                }
                allowed = allowed.union(ports)
            }
        }
        let toOrFrom = egress ? "to" : "from"
        if let decider {
            if flow.ipProtocol.hasPorts { flow.ports = allowed }
            let rule = "\(label(decider.group.id)): " + Self.text(decider.rule, egress: egress)
            if let sentence = decider.assumed {
                assume(decider.group.id, ElementKind.securityGroup.rawValue, rule: rule, note: sentence, topic: "security-group",
                       assumption: sentence)
            } else {
                pass(decider.group.id, ElementKind.securityGroup.rawValue, .allow, rule: rule,
                     note: "\(label(decider.group.id)) allows \(flow.trafficText) \(direction) \(toOrFrom) \(Self.text(other)).",
                     topic: "security-group")
            }
        } else if !unknown.isEmpty {
            let why = unknown.joined(separator: "; ")
            assume(ids[0], ElementKind.securityGroup.rawValue, rule: "rules not modelled", note: why + ".", topic: "security-group",
                   assumption: "No modelled rule of \(ids.joined(separator: ", ")) allows the traffic, but \(why); \(direction) traffic assumed allowed.")
        } else {
            let groups = ids.map(label).joined(separator: ", ")
            try stop(ids[0], ElementKind.securityGroup.rawValue, rule: "no \(direction) rule of \(groups) matches",
                     code: egress ? .securityGroupEgress : .securityGroupIngress,
                     message: "No \(direction) rule of \(groups) on \(label(end.id)) allows \(flow.trafficText) \(toOrFrom) \(Self.text(other)).",
                     topic: "security-group")
        }
    }

    /// Whether `peer` covers `other`: a CIDR that holds it, a group it is a member of, a
    /// prefix list that holds it (or, for an AWS service, the service's own list).
    func peerMatch(_ peer: SecurityGroupRule.Peer, other: CIDR, membership: TraceFlow.Membership,
                   service: Service?) -> PeerMatch {
        switch peer {
        case .cidr(let cidr):
            return cidr.contains(other) ? .yes : .no
        case .group(let id):
            switch membership {
            case .groups(let ids): return ids.contains(id) ? .yes : .no
            case .none: return .no
            case .unknown:
                return .assumed("The traffic's other end stands for any interface of a subnet; one in \(label(id)) is assumed.")
            }
        case .prefixList(let id):
            guard let list = model.prefixList(id) else {
                return .assumed("Prefix list \(id) is not in the model; it is assumed to hold \(Self.text(other)).")
            }
            if let service, list.awsService == service.name { return .yes }
            return list.cidrs.contains { $0.contains(other) } ? .yes : .no
        }
    }

    /// `tcp 443 from 10.0.0.0/16 'why'`.
    static func text(_ rule: SecurityGroupRule, egress: Bool) -> String {
        var out = rule.ipProtocol.description
        if let ports = rule.ports, rule.ipProtocol.hasPorts { out += " \(ports)" }
        out += (egress ? " to " : " from ") + rule.peer.description
        if let note = rule.note, !note.isEmpty { out += " '\(note)'" }
        return out
    }

    /// An address for sentences: `10.0.1.5`, or `the internet` for `0.0.0.0/0`.
    static func text(_ address: CIDR) -> String {
        if address.prefixLength == 0 { return "the internet" }
        if address.prefixLength == 32, let ip = address.firstIPv4 { return ip.description }
        return address.description
    }
}
