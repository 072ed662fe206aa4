import Analysis
import Testing
import Topology

/// Internet and NAT gateways: public addresses out and in, NAT for private subnets.
@Suite struct TraceInternetTests {
    @Test func publicInstanceReachesTheInternetWithItsElasticIp() throws {
        let result = try TraceLab.trace("i-web", "internet", port: 443)
        #expect(result.reachable)
        let translate = try #require(result.forward.hops.first { $0.action == .translate })
        #expect(translate.element == "igw-a")
        #expect(translate.rule == "10.0.1.10 → 54.0.0.10")
        #expect(result.forward.hops.last?.element == "internet")
        #expect(result.reply?.reachable == true)
    }

    @Test func internetReachesAnInstanceByItsPublicAddress() throws {
        let result = try TraceLab.trace("internet", "54.0.0.10", port: 443)
        #expect(result.to == "i-web")
        #expect(steps(result.forward) == ["igw-a translate", "acl-a allow", "sg-web allow", "i-web deliver"])
        #expect(result.forward.hops[0].rule == "54.0.0.10 → 10.0.1.10")
    }

    @Test func privateInstanceHasNoAddressTheInternetKnows() throws {
        let result = try TraceLab.trace("internet", "i-app", port: 8080)
        expectBlocked(result.forward, .noPublicAddress, at: "igw-a", .drop)
    }

    @Test func vpcWithoutAnInternetGatewayIsNotOnTheInternet() throws {
        let result = try TraceLab.trace("internet", "i-db", port: 5432)
        expectBlocked(result.forward, .noPath, at: "vpc-b", .drop)
    }

    @Test func privateSubnetGoesOutThroughTheNatGateway() throws {
        let result = try TraceLab.trace("i-app", "internet", port: 443, TraceLab.natGateway)
        #expect(result.reachable)
        #expect(steps(result.forward) == ["sg-app allow", "acl-a allow", "rtb-private forward", "acl-a allow", "nat-a translate",
                                          "acl-a allow", "rtb-a forward", "igw-a forward", "internet deliver"])
    }

    @Test func aDesignsNatGatewayWithoutItsElasticIPStillGetsOutOnAnAssumption() throws {
        let result = try TraceLab.trace("i-app", "internet", port: 443) { a in
            TraceLab.natGateway(&a)
            a.gateways[1].publicIp = nil
        }
        #expect(result.reachable)
        #expect(result.forward.hops.contains { $0.element == "nat-a" && $0.rule?.hasSuffix("→ 192.0.2.1") == true })
        #expect(result.assumptions.contains { $0.contains("Elastic IP is not in the model") })
    }

    @Test func publicNatGatewayNeedsAnInternetRouteInItsSubnet() throws {
        let result = try TraceLab.trace("i-app", "internet", port: 443) { a in
            TraceLab.natGateway(&a)
            a.routeTables.append(RouteTable(id: "rtb-nat", name: "nat", vpc: "vpc-a", subnets: ["sub-a1"], routes: [
                .init(destination: "10.0.0.0/16", target: "local"), .init(destination: "0.0.0.0/0", target: "nat-a"),
            ]))
        }
        expectBlocked(result.forward, .noRoute, at: "rtb-nat", .drop)
    }

    @Test func privateNatGatewayCannotReachTheInternet() throws {
        let result = try TraceLab.trace("i-app", "internet", port: 443) { a in
            TraceLab.natGateway(&a)
            a.gateways[1].connectivity = .private
        }
        expectBlocked(result.forward, .noPublicAddress, at: "igw-a", .drop)
    }

    @Test func natGatewayReachesAnotherInstanceByItsPublicAddress() throws {
        let result = try TraceLab.trace("i-app", "54.0.0.10", port: 443, TraceLab.natGateway)
        #expect(result.reachable)
        #expect(result.forward.hops.filter { $0.action == .translate }.map(\.element) == ["nat-a", "igw-a"])
        #expect(result.reply?.reachable == true)
    }

    @Test func instanceWithoutAPublicAddressCannotUseTheInternetGateway() throws {
        let result = try TraceLab.trace("i-app", "internet", port: 443)
        expectBlocked(result.forward, .noPublicAddress, at: "igw-a", .drop)
    }
}
