import Analysis
import Testing
import Topology

/// Where the model is silent, a hop says "not modelled, assumed allowed" and the verdict
/// lists what it rests on: never a silent pass.
@Suite struct TraceAssumptionTests {
    @Test func vpcWithoutAclsIsAssumedOpenAndSaysSo() throws {
        let result = try TraceLab.trace("i-web", "i-app", port: 8080) { $0.networkAcls = [] }
        #expect(result.reachable)
        let acl = result.forward.hops.filter { $0.kind == "network-acl" }
        #expect(acl.count == 2)
        #expect(acl.allSatisfy { $0.assumed && $0.action == .allow && $0.note.hasPrefix("not modelled, assumed allowed") })
        #expect(result.assumptions == ["Network ACLs of vpc-a (app) are not modelled; traffic assumed allowed at the edge of sub-a1 (public).",
                                       "Network ACLs of vpc-a (app) are not modelled; traffic assumed allowed at the edge of sub-a2 (private)."])
    }

    @Test func groupWithoutListedRulesIsAssumed() throws {
        let result = try TraceLab.trace("i-web", "i-app", port: 8080) { $0.securityGroups[1].ingress = nil }
        #expect(result.reachable)
        let hop = try #require(result.forward.hops.first { $0.element == "sg-app" })
        #expect(hop.assumed)
        #expect(result.assumptions.contains { $0.contains("sg-app has no inbound rules listed") })
    }

    @Test func groupMissingFromTheModelIsAssumed() throws {
        let result = try TraceLab.trace("i-web", "i-app", port: 8080) { $0.instances[1].securityGroups = ["sg-elsewhere"] }
        #expect(result.reachable)
        #expect(result.assumptions.contains { $0.contains("sg-elsewhere is not in the model") })
    }

    @Test func instanceWithoutGroupsIsAssumed() throws {
        let result = try TraceLab.trace("i-web", "i-app", port: 8080) { $0.instances[1].securityGroups = [] }
        #expect(result.reachable)
        #expect(result.forward.hops.contains { $0.element == "i-app" && $0.kind == "security-group" && $0.assumed })
        #expect(result.assumptions.contains("i-app lists no security groups; inbound traffic assumed allowed there."))
    }

    @Test func assumedRulesDoNotHideAModelledDenial() throws {
        let result = try TraceLab.trace("i-web", "i-app", port: 22) { $0.instances[1].securityGroups = ["sg-app"] }
        expectBlocked(result.forward, .securityGroupIngress, at: "sg-app", .deny)
        #expect(result.assumptions.isEmpty)
    }

    @Test func prefixListMissingFromTheModelIsAssumedToMatch() throws {
        let result = try TraceLab.trace("i-web", "i-app", port: 8080) { a in
            a.securityGroups[1].ingress = [SecurityGroupRule(ipProtocol: .tcp, ports: nil, peer: .prefixList("pl-corp"))]
        }
        #expect(result.reachable)
        #expect(result.forward.hops.first { $0.element == "sg-app" }?.assumed == true)
        #expect(result.assumptions.contains { $0.contains("pl-corp is not in the model") })
    }

    @Test func subnetWithoutAnyRouteTableIsAssumedRoutedByItsVpcsLinks() throws {
        let result = try TraceLab.trace("i-web", "i-db", port: 5432) { a in
            a.routeTables[0].main = false
            a.routeTables[0].subnets = ["sub-a2"]
        }
        #expect(result.reachable)
        let hop = try #require(result.forward.hops.first { $0.element == "sub-a1" && $0.kind == "route-table" })
        #expect(hop.assumed)
        #expect(hop.rule == "route 10.1.1.30 → pcx-ab (assumed)")
        #expect(result.assumptions.contains { $0.contains("sub-a1 (public) has no route table in the model") })
    }

    @Test func subnetAsAnEndStandsForItsFirstUsableAddress() throws {
        let result = try TraceLab.trace("sub-a2", "i-db", port: 5432)
        #expect(result.reachable)
        #expect(result.assumptions.first == "sub-a2 stands for any address in it: traced with 10.0.2.4, the first usable address of sub-a2")
        #expect(result.forward.hops[0].assumed)
    }

    @Test func factsAloneCarryNoAssumptions() throws {
        let result = try TraceLab.trace("i-web", "i-db", port: 5432)
        #expect(result.assumptions.isEmpty)
        #expect(!result.forward.hops.contains { $0.assumed })
        #expect(result.reply?.hops.contains { $0.assumed } == false)
    }
}
