import Analysis
import Testing
import Topology

/// The reply is its own verdict: network ACLs are stateless and check it with its own
/// ports, routes must bring it back the way it came; security groups let it pass.
@Suite struct TraceReplyTests {
    @Test func aclWithoutEphemeralPortsDropsTheReply() throws {
        let result = try TraceLab.trace("i-web", "i-db", port: 5432) { a in
            a.networkAcls[1].entries = [
                .init(number: 100, egress: false, ipProtocol: .all, ports: nil, cidr: TraceLab.anywhere, allow: true),
                .init(number: 100, egress: true, ipProtocol: .tcp, ports: PortRange(0, 1023), cidr: TraceLab.anywhere, allow: true),
            ]
        }
        #expect(result.reachable)
        expectBlocked(result.reply, .networkAclEgress, at: "acl-b", .deny)
        #expect(result.reply?.blockedBy?.message.contains("tcp 1024-65535") == true)
        #expect(result.reply?.hops.first?.element == "sg-db")
        #expect(result.reply?.hops.first?.rule == "stateful")
    }

    @Test func aclAllowingPartOfTheEphemeralRangeLetsTheReplyThrough() throws {
        let result = try TraceLab.trace("i-web", "i-db", port: 5432) { a in
            a.networkAcls[1].entries = [
                .init(number: 100, egress: false, ipProtocol: .all, ports: nil, cidr: TraceLab.anywhere, allow: true),
                .init(number: 100, egress: true, ipProtocol: .tcp, ports: PortRange(32768, 65535), cidr: TraceLab.anywhere, allow: true),
            ]
        }
        #expect(result.reply?.reachable == true)
        #expect(result.reply?.hops[1].note.contains("32768-65535") == true)
    }

    @Test func denyEntryBeforeTheAllowDecidesTheReply() throws {
        let result = try TraceLab.trace("i-web", "i-db", port: 5432) { a in
            a.networkAcls[0].entries.insert(.init(number: 50, egress: false, ipProtocol: .tcp, ports: PortRange(1024, 65535),
                                                  cidr: CIDR("10.1.0.0/16")!, allow: false), at: 0)
        }
        #expect(result.reachable)
        expectBlocked(result.reply, .networkAclIngress, at: "acl-a", .deny)
        #expect(result.reply?.hops.last?.rule == "acl-a #50 deny tcp 1024-65535 10.1.0.0/16")
    }

    @Test func transitGatewayTableWithoutTheSourceDropsTheReply() throws {
        let result = try TraceLab.trace("i-web", "i-db", port: 5432) { a in
            TraceLab.transitGateway(&a)
            a.transitGatewayRouteTables = [
                TransitGatewayRouteTable(id: "tgw-rtb-a", name: "from-a", transitGateway: "tgw-1", associations: ["vpc-a"],
                                         propagations: ["vpc-b"]),
                TransitGatewayRouteTable(id: "tgw-rtb-b", name: "from-b", transitGateway: "tgw-1", associations: ["vpc-b"]),
            ]
        }
        #expect(result.reachable)
        expectBlocked(result.reply, .transitGatewayNoRoute, at: "tgw-rtb-b", .drop)
    }

    @Test func destinationVpcWithoutARouteBackToTheGatewayDropsTheReply() throws {
        let result = try TraceLab.trace("i-web", "i-db", port: 5432) { a in
            TraceLab.transitGateway(&a)
            a.routeTables[1].routes.removeLast()
        }
        #expect(result.reachable)
        expectBlocked(result.reply, .noRoute, at: "rtb-b", .drop)
    }

    @Test func publicSubnetWithoutAnInternetRouteCannotAnswerTheInternet() throws {
        let result = try TraceLab.trace("internet", "i-web", port: 443) { a in
            a.routeTables.append(RouteTable(id: "rtb-web", name: "web", vpc: "vpc-a", subnets: ["sub-a1"], routes: [
                .init(destination: "10.0.0.0/16", target: "local"),
            ]))
        }
        #expect(result.reachable)
        expectBlocked(result.reply, .noRoute, at: "rtb-web", .drop)
    }

    @Test func replyTakingAnotherWayIsAsymmetric() throws {
        let result = try TraceLab.trace("onprem", "i-web", port: 443) { a in
            TraceLab.vpn(&a)
            a.routeTables[0].routes.removeLast()
        }
        #expect(result.reachable)
        expectBlocked(result.reply, .noRoute, at: "rtb-a", .drop)
        #expect(result.reply?.blockedBy?.message.contains("asymmetric") == true)
    }

    @Test func replyThroughTheNatIsTranslatedBack() throws {
        let result = try TraceLab.trace("i-app", "internet", port: 443, TraceLab.natGateway)
        let translations = (result.reply?.hops ?? []).filter { $0.action == .translate }.map(\.rule)
        #expect(translations == ["54.0.0.99 → 10.0.2.20"])
        #expect(result.reply?.reachable == true)
    }
}
