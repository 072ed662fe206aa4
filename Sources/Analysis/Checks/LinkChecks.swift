import Topology

/// Rules about what a link carries: on-premises ranges against the VPCs they reach, and
/// inspection VPCs behind a transit gateway. Both read the links through the topology's
/// landings, so every way of writing a VPN, Direct Connect or attachment counts the same.
enum LinkChecks {
    static func run(_ c: inout CheckContext) {
        networkOverlaps(&c)
        for tgw in c.topology.connections where tgw.type == .transitGateway { applianceMode(tgw, &c) }
    }

    /// An on-premises network whose CIDRs overlap a VPC it reaches over VPN or Direct Connect.
    private static func networkOverlaps(_ c: inout CheckContext) {
        let t = c.topology
        for network in t.networks {
            var seen = Set<String>()
            for landing in t.landings(ofNetwork: network) {
                for vpc in landing.reachableVpcs where seen.insert(vpc.id).inserted {
                    let pairs = network.cidrs.flatMap { a in vpc.cidrs.filter { a.overlaps($0) }.map { "\(a) and \($0)" } }
                    guard !pairs.isEmpty else { continue }
                    let hop = landing.transitGateways.first { $0.attachments.contains(vpc.id) }.map { " through \(c.label($0.id))" } ?? ""
                    c.add(Rules.networkOverlappingCidrs, network.id, [vpc.id, landing.connection.id],
                          "Network \(c.label(network.id)) reaches VPC \(c.label(vpc.id)) over \(c.label(landing.connection.id))\(hop), and their CIDRs overlap (\(pairs.joined(separator: "; "))): traffic to the shared range cannot be routed both ways.")
                }
            }
        }
    }

    /// A VPC that holds a Gateway Load Balancer or its endpoints, attached without appliance
    /// mode to a transit gateway whose source states the attachments' options.
    private static func applianceMode(_ tgw: Connection, _ c: inout CheckContext) {
        let t = c.topology
        guard let on = tgw.applianceMode else { return }
        for vpc in tgw.attachments.compactMap(t.vpc) where !on.contains(vpc.id) {
            let gwlbEndpoints = t.endpoints(ofVpc: vpc.id).filter { $0.type == .gatewayLoadBalancer }.map(\.id)
            let gwlbs = t.loadBalancers(ofVpc: vpc.id).filter { $0.type == .gateway }.map(\.id)
            guard let evidence = (gwlbEndpoints + gwlbs).first else { continue }
            c.add(Rules.transitGatewayApplianceMode, tgw.id, [vpc.id] + gwlbEndpoints + gwlbs,
                  "Transit gateway \(c.label(tgw.id)) attaches the inspection VPC \(c.label(vpc.id)) (it holds \(c.label(evidence))) without appliance mode: the gateway keeps each direction of a flow in its own source AZ, so a stateful appliance may see one direction only and drop the flow.")
        }
    }
}
