import Topology

/// The traffic as it travels: its addresses (a NAT or internet gateway rewrites them), its
/// protocol, the ports still open to it, and who its ends are as security groups see them.
struct TraceFlow: Sendable {
    /// A host (`/32`), or `0.0.0.0/0` for "any address on the internet".
    var source: CIDR
    var destination: CIDR
    let ipProtocol: IPProtocol
    /// Destination ports (every port for protocols without ports).
    var ports: PortSet
    /// Source ports: the client's ephemeral range when the destination port is known.
    var sourcePorts: PortSet
    /// The security groups each end is in, for rules that reference a group.
    var sourceGroups: Membership
    var destinationGroups: Membership
    /// An AWS service the traffic is for, when it has no address of its own in the model.
    var service: Service?

    /// Which security groups an end is a member of, as far as the model tells.
    enum Membership: Sendable {
        case groups(Set<String>)
        /// The end stands for any interface of a subnet or VPC: membership is unknown.
        case unknown
        /// Not an interface at all (the internet, an on-premises network, a translated address).
        case none
    }

    /// The reply: ends swapped, the client's ephemeral ports as its destination.
    func reversed() -> TraceFlow {
        TraceFlow(source: destination, destination: source, ipProtocol: ipProtocol, ports: sourcePorts,
                  sourcePorts: ports, sourceGroups: destinationGroups, destinationGroups: sourceGroups, service: service)
    }

    /// The ports of this flow a rule for `ruleProtocol` and `rulePorts` covers; nil when
    /// the rule covers none of it. Traffic of every protocol is covered, in part, by a rule
    /// for any protocol (the trace asks whether some traffic gets through).
    func covered(by ruleProtocol: IPProtocol, _ rulePorts: PortRange?) -> PortSet? {
        guard ipProtocol == .all || ruleProtocol.covers(ipProtocol) else { return nil }
        guard ipProtocol.hasPorts, ruleProtocol != .all, let rulePorts else { return ports }
        let left = ports.intersection(rulePorts)
        return left.isEmpty ? nil : left
    }

    /// True when a rule for `ruleProtocol` covers all of this flow's protocol (a deny of
    /// tcp does not stop traffic of every protocol).
    func wholly(by ruleProtocol: IPProtocol) -> Bool {
        ruleProtocol == .all || ipProtocol == ruleProtocol
    }

    /// `tcp 443`, `udp all`, `icmp`, `all`.
    var trafficText: String {
        ipProtocol.hasPorts ? "\(ipProtocol) \(ports)" : "\(ipProtocol)"
    }
}
