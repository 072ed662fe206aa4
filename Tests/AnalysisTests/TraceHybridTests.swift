import Analysis
import Testing
import Topology

/// Links beyond one gateway: Direct Connect to a VPC's gateway, on-premises sources, and two
/// transit gateways joined by a peering.
@Suite struct TraceHybridTests {
    /// The on-premises network over Direct Connect dx-1, which ends on vpc-a's vgw-a.
    static func directConnect(_ a: inout Architecture) {
        a.gateways.append(Gateway(id: "vgw-a", name: "vgw", type: .virtualPrivate, vpc: "vpc-a"))
        a.connections.append(Connection(id: "dx-1", name: "dx", type: .directConnect, between: ["vpc-a"]))
        a.networks.append(Network(id: "onprem", name: "office", cidrs: [CIDR("192.168.0.0/16")!], via: ["dx-1"]))
        a.routeTables[0].routes.append(.init(destination: "192.168.0.0/16", target: "vgw-a"))
    }

    @Test func directConnectCarriesBothWays() throws {
        let result = try TraceLab.trace("onprem", "i-web", port: 443, Self.directConnect)
        #expect(result.reachable)
        #expect(steps(result.forward).first == "dx-1 forward")
        #expect(result.reply?.reachable == true)
        #expect(result.reply?.hops.contains { $0.element == "rtb-a" && $0.rule == "route 192.168.0.0/16 → vgw-a" } == true)
        let out = try TraceLab.trace("i-web", "onprem", port: 443, Self.directConnect)
        #expect(steps(out.forward).suffix(3) == ["vgw-a forward", "dx-1 forward", "onprem deliver"])
    }

    @Test func downDirectConnectCarriesNothing() throws {
        let result = try TraceLab.trace("onprem", "i-web", port: 443) { a in
            Self.directConnect(&a)
            a.connections[1].state = .down
        }
        expectBlocked(result.forward, .connectionDown, at: "dx-1", .drop)
    }

    @Test func onPremisesSourceWithoutALinkToTheVpcHasNoPath() throws {
        let result = try TraceLab.trace("onprem", "i-db", port: 5432, TraceLab.vpn)
        expectBlocked(result.forward, .noPath, at: "onprem", .drop)
    }

    @Test func peeredTransitGatewaysCarryTrafficBothWays() throws {
        let result = try TraceLab.trace("i-web", "i-db", port: 5432) { a in
            a.connections = [
                Connection(id: "tgw-1", name: "east", type: .transitGateway, attachments: ["vpc-a", "tgp-1"]),
                Connection(id: "tgw-2", name: "west", type: .transitGateway, attachments: ["vpc-b", "tgp-1"]),
                Connection(id: "tgp-1", name: "east-west", type: .transitGatewayPeering, between: ["tgw-1", "tgw-2"]),
            ]
            a.routeTables[0].routes[1].target = "tgw-1"
            a.routeTables[1].routes[1].target = "tgw-2"
            a.transitGatewayRouteTables = [
                TransitGatewayRouteTable(id: "tgw-rtb-1", name: "east", transitGateway: "tgw-1", associations: ["vpc-a", "tgp-1"],
                                         propagations: ["vpc-a"], routes: [.init(destination: "10.1.0.0/16", target: "tgp-1")]),
                TransitGatewayRouteTable(id: "tgw-rtb-2", name: "west", transitGateway: "tgw-2", associations: ["vpc-b", "tgp-1"],
                                         propagations: ["vpc-b"], routes: [.init(destination: "10.0.0.0/16", target: "tgp-1")]),
            ]
        }
        #expect(result.reachable)
        #expect(steps(result.forward).contains("tgw-2 forward"))
        #expect(result.reply?.reachable == true)
        #expect(result.reply?.hops.filter { $0.kind == "transit-gateway-route-table" }.map(\.element) == ["tgw-rtb-2", "tgw-rtb-1"])
    }
}
