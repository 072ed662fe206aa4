import Analysis
import Testing
import Topology

/// Transit gateway routing beyond the one-rule breakages: defaults, static routes, zones.
@Suite struct TraceTransitGatewayTests {
    @Test func crossesTheGatewayByItsAssociatedTable() throws {
        let result = try TraceLab.trace("i-web", "i-db", port: 5432, TraceLab.transitGateway)
        #expect(steps(result.forward) == ["sg-web allow", "acl-a allow", "rtb-a forward", "tgw-1 forward", "tgw-rtb-1 forward",
                                          "acl-b allow", "sg-db allow", "i-db deliver"])
        #expect(result.forward.hops[4].rule == "tgw-rtb-1: 10.1.0.0/16 → vpc-b (propagated)")
    }

    @Test func gatewayWithoutTablesAssumesTheDefaultTable() throws {
        let result = try TraceLab.trace("i-web", "i-db", port: 5432) { a in
            TraceLab.transitGateway(&a)
            a.transitGatewayRouteTables = []
        }
        #expect(result.reachable)
        #expect(result.forward.hops[4].assumed)
        #expect(result.assumptions.contains { $0.contains("default route table") })
    }

    @Test func staticBlackholeBeatsAPropagatedRouteOfTheSameLength() throws {
        let result = try TraceLab.trace("i-web", "i-db", port: 5432) { a in
            TraceLab.transitGateway(&a)
            a.transitGatewayRouteTables[0].routes = [.init(destination: "10.1.0.0/16", target: nil)]
        }
        expectBlocked(result.forward, .blackholeRoute, at: "tgw-rtb-1", .drop)
    }

    @Test func moreSpecificStaticRouteWins() throws {
        let result = try TraceLab.trace("i-web", "i-db", port: 5432) { a in
            TraceLab.transitGateway(&a)
            a.transitGatewayRouteTables[0].propagations = ["vpc-a"]
            a.transitGatewayRouteTables[0].routes = [.init(destination: "10.1.1.0/24", target: "vpc-b")]
        }
        #expect(result.reachable)
        #expect(result.forward.hops[4].rule == "tgw-rtb-1: 10.1.1.0/24 → vpc-b (static)")
    }

    @Test func destinationAttachmentMustCoverTheDestinationZone() throws {
        let result = try TraceLab.trace("i-web", "i-db", port: 5432) { a in
            TraceLab.transitGateway(&a)
            a.subnets.append(Subnet(id: "sub-b2", name: "data-b", vpc: "vpc-b", zone: "us-east-1b", zoneId: "use1-az2",
                                    cidr: CIDR("10.1.2.0/24")))
            a.connections[0].attachmentSubnets?["vpc-b"] = ["sub-b2"]
        }
        expectBlocked(result.forward, .transitGatewayNotAttachedInZone, at: "tgw-1", .drop)
    }

    @Test func downGatewayCarriesNothing() throws {
        let result = try TraceLab.trace("i-web", "i-db", port: 5432) { a in
            TraceLab.transitGateway(&a)
            a.connections[0].state = .deleted
        }
        expectBlocked(result.forward, .connectionDown, at: "tgw-1", .drop)
    }

    @Test func onPremisesReachesAVpcThroughTheGatewayAndBack() throws {
        let result = try TraceLab.trace("onprem", "i-web", port: 443, TraceLab.vpnOnTransitGateway)
        #expect(result.reachable)
        #expect(result.reply?.reachable == true)
        #expect(steps(result.forward).prefix(3) == ["vpn-2 forward", "tgw-1 forward", "tgw-rtb-1 forward"])
        #expect(result.reply?.hops.contains { $0.element == "vpn-2" && $0.rule == "vpn-2: onprem 192.168.0.0/16" } == true)
    }

    @Test func vpcReachesOnPremisesThroughTheGateway() throws {
        let result = try TraceLab.trace("i-web", "onprem", port: 443, TraceLab.vpnOnTransitGateway)
        #expect(result.reachable)
        #expect(result.forward.hops.last?.element == "onprem")
        #expect(result.forward.hops[4].rule == "tgw-rtb-1: 192.168.0.0/16 → vpn-2 (propagated)")
    }
}
