import Topology

/// A deterministic architecture of about `elements` elements: accounts of VPCs with
/// subnets, endpoints to a pool of services, and peerings, shaped like a large organisation.
enum GeneratedTopology {
    static func make(elements: Int) throws -> NetworkModel {
        // Per VPC: 1 VPC + 4 subnets + 4 endpoints + ~1 peering ≈ 10 elements.
        let vpcCount = max(1, elements / 10)
        var arch = Architecture(source: "generated", name: "generated \(elements)")
        let accounts = max(1, vpcCount / 50)
        for a in 0..<accounts {
            arch.accounts.append(Account(id: String(format: "%012d", 100_000_000_000 + a), name: "account-\(a)"))
        }
        let services = max(1, vpcCount / 20)
        for s in 0..<services {
            arch.services.append(Service(id: "vpce-svc-\(s)", name: "com.amazonaws.vpce.us-east-1.vpce-svc-\(s)",
                                         serviceKind: .endpointService, region: "us-east-1", type: .interface))
        }
        let regions = ["us-east-1", "eu-west-1", "ap-southeast-2"]
        for v in 0..<vpcCount {
            let vpc = "vpc-\(v)"
            let second = (v / 256) % 256, third = v % 256
            arch.vpcs.append(Vpc(id: vpc, name: "app-\(v)", account: arch.accounts[v % accounts].id,
                                 region: regions[v % regions.count], cidrs: [CIDR("10.\(second).\(third).0/24")!]))
            for s in 0..<4 {
                arch.subnets.append(Subnet(id: "subnet-\(v)-\(s)", name: "app-\(v)-\(s)", vpc: vpc, zone: "us-east-1a",
                                           zoneId: "use1-az\(s + 1)", cidr: CIDR("10.\(second).\(third).\(s * 64)/26")))
                arch.endpoints.append(Endpoint(id: "vpce-\(v)-\(s)", name: "ep-\(v)-\(s)", type: .interface, vpc: vpc,
                                               service: "vpce-svc-\((v + s) % services)", subnets: ["subnet-\(v)-\(s)"]))
            }
            if v > 0, v % 2 == 0 {
                arch.connections.append(Connection(id: "pcx-\(v)", name: "peer-\(v)", type: .vpcPeering,
                                                   between: [vpc, "vpc-\(v - 1)"]))
            }
        }
        return try NetworkModel(merging: [arch])
    }
}
