/// How networks outside AWS reach VPCs, worked out once for everyone who asks (the
/// advisor, the checks, the explorer), so that a link means the same thing everywhere.
extension NetworkModel {
    /// The transit gateways that list `id` (a VPC, VPN, Direct Connect or peering) among their attachments.
    public func transitGateways(attaching id: String) -> [Connection] {
        connections(of: id).filter { $0.type == .transitGateway && $0.attachments.contains(id) }
    }

    /// Where a network enters AWS: one landing per VPN or Direct Connect connection it goes via.
    public func landings(ofNetwork network: Network) -> [NetworkLanding] {
        network.via.compactMap(connection).map(landing)
    }

    /// The VPCs a VPN or Direct Connect connection reaches: those it ends on, and those
    /// attached to a transit gateway that attaches it.
    public func landing(_ c: Connection) -> NetworkLanding {
        let direct = c.type == .vpn || c.type == .directConnect ? c.between.compactMap(vpc) : []
        let gateways = transitGateways(attaching: c.id)
        return NetworkLanding(connection: c, vpcs: direct, transitGateways: gateways,
                              tgwVpcs: gateways.flatMap { $0.attachments.compactMap(vpc) })
    }

    /// VPCs a network reaches today, each once, in the order its connections list them.
    public func reachableVpcs(ofNetwork network: Network) -> [Vpc] {
        var seen = Set<String>()
        return landings(ofNetwork: network).flatMap(\.reachableVpcs).filter { seen.insert($0.id).inserted }
    }
}

/// One way a network enters AWS: a VPN or Direct Connect connection, the VPCs it ends on,
/// and the transit gateways that attach it with their VPCs.
public struct NetworkLanding: Sendable {
    /// The VPN or Direct Connect connection.
    public let connection: Connection
    /// The VPCs it ends on directly (a virtual private gateway, a private VIF).
    public let vpcs: [Vpc]
    /// The transit gateways that attach it.
    public let transitGateways: [Connection]
    /// The VPCs those transit gateways attach.
    public let tgwVpcs: [Vpc]

    /// The VPCs reached: directly, or as attachments of its transit gateways.
    public var reachableVpcs: [Vpc] { vpcs + tgwVpcs }

    /// The region it lands in: its own, else its VPCs' or transit gateways'.
    public var region: String? { connection.region ?? vpcs.first?.region ?? transitGateways.first?.region }
}
