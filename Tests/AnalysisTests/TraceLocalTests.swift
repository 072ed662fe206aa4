import Analysis
import Testing
import Topology

/// Delivery within one VPC: the source's groups, its subnet's ACL out, the `local` route,
/// the destination's ACL in and groups, and the reply back.
@Suite struct TraceLocalTests {
    @Test func deliversWithinAVpcHopByHop() throws {
        let result = try TraceLab.trace("i-web", "i-app", port: 8080)
        #expect(result.reachable)
        #expect(steps(result.forward) == ["sg-web allow", "acl-a allow", "rtb-a forward", "acl-a allow", "sg-app allow", "i-app deliver"])
        #expect(result.forward.hops[2].rule == "route 10.0.0.0/16 → local")
        #expect(result.forward.hops[4].rule == "sg-app (app): tcp 8080 from sg-web")
        #expect(result.reply?.reachable == true)
        #expect(steps(result.reply) == ["sg-app allow", "acl-a allow", "rtb-a forward", "acl-a allow", "sg-web allow", "i-web deliver"])
        #expect(result.assumptions.isEmpty)
    }

    @Test func destinationGroupWithoutAMatchingRuleDenies() throws {
        let result = try TraceLab.trace("i-web", "i-app", port: 22)
        #expect(!result.reachable)
        expectBlocked(result.forward, .securityGroupIngress, at: "sg-app", .deny)
        #expect(result.reply == nil)
    }

    @Test func referencedGroupAdmitsOnlyItsMembers() throws {
        let result = try TraceLab.trace("i-batch", "i-app", port: 8080) { a in
            a.instances.append(Instance(id: "i-batch", name: "batch", vpc: "vpc-a", subnet: "sub-a3",
                                        privateIps: [IPv4Address("10.0.3.7")!], securityGroups: ["sg-app"]))
        }
        expectBlocked(result.forward, .securityGroupIngress, at: "sg-app", .deny)
    }

    @Test func sourceGroupWithoutEgressDenies() throws {
        let result = try TraceLab.trace("i-web", "i-app", port: 8080) { a in a.securityGroups[0].egress = [] }
        expectBlocked(result.forward, .securityGroupEgress, at: "sg-web", .deny)
    }

    @Test func outboundAclEntryDenies() throws {
        let result = try TraceLab.trace("i-web", "i-app", port: 8080) { a in
            a.networkAcls[0].entries.insert(.init(number: 90, egress: true, ipProtocol: .tcp, ports: PortRange(8080, 8080),
                                                  cidr: CIDR("10.0.2.0/24")!, allow: false), at: 0)
        }
        expectBlocked(result.forward, .networkAclEgress, at: "acl-a", .deny)
        #expect(result.forward.hops.last?.rule == "acl-a #90 deny tcp 8080 10.0.2.0/24")
    }

    @Test func inboundAclWithoutAnEntryMeetsTheFinalDeny() throws {
        let result = try TraceLab.trace("i-web", "i-app", port: 8080) { a in
            a.networkAcls.append(NetworkAcl(id: "acl-private", name: "private", vpc: "vpc-a", subnets: ["sub-a2"], entries: [
                .init(number: 100, egress: true, ipProtocol: .all, ports: nil, cidr: TraceLab.anywhere, allow: true),
            ]))
        }
        expectBlocked(result.forward, .networkAclIngress, at: "acl-private", .deny)
        #expect(result.forward.hops.last?.rule == "acl-private * deny all")
    }

    @Test func sameSubnetTrafficMeetsNoAcl() throws {
        let result = try TraceLab.trace("i-web", "10.0.1.99", port: 443) { a in
            a.networkAcls[0].entries = []
        }
        #expect(result.reachable)
        #expect(!result.forward.hops.contains { $0.kind == "network-acl" })
    }

    @Test func missingRouteDrops() throws {
        let result = try TraceLab.trace("i-web", "i-db", port: 5432) { a in a.routeTables[0].routes.removeLast(2) }
        expectBlocked(result.forward, .noRoute, at: "rtb-a", .drop)
    }

    @Test func blackholeRouteDrops() throws {
        let result = try TraceLab.trace("i-web", "i-db", port: 5432) { a in
            a.routeTables[0].routes[1].isBlackhole = true
        }
        expectBlocked(result.forward, .blackholeRoute, at: "rtb-a", .drop)
    }

    @Test func longestPrefixWins() throws {
        let result = try TraceLab.trace("i-web", "i-db", port: 5432) { a in
            a.routeTables[0].routes.append(.init(destination: "10.1.1.0/24", target: "pcx-gone", isBlackhole: true))
        }
        expectBlocked(result.forward, .blackholeRoute, at: "rtb-a", .drop)
        #expect(result.forward.hops.last?.rule == "route 10.1.1.0/24 → pcx-gone (blackhole)")
    }

    @Test func explicitTableBeatsTheMainTable() throws {
        let result = try TraceLab.trace("i-web", "i-app", port: 8080) { a in
            a.routeTables.append(RouteTable(id: "rtb-web", name: "web", vpc: "vpc-a", subnets: ["sub-a1"], routes: [
                .init(destination: "10.0.2.0/24", target: "eni-gone", isBlackhole: true),
            ]))
        }
        expectBlocked(result.forward, .blackholeRoute, at: "rtb-web", .drop)
    }

    @Test func portlessTraceIsNarrowedToWhatTheGroupsAllow() throws {
        let result = try TraceLab.trace("i-web", "i-app")
        #expect(result.reachable)
        #expect(result.forward.hops.last?.note.contains("10.0.2.20") == true)
        #expect(result.forward.hops[4].note.contains("tcp 8080"))
    }
}
