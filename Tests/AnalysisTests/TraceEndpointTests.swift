import Analysis
import Testing
import Topology

/// Interface endpoints (PrivateLink) and gateway endpoints, beyond the one-rule breakages.
@Suite struct TraceEndpointTests {
    @Test func serviceIsReachedThroughItsEndpointInTheSourceVpc() throws {
        let result = try TraceLab.trace("i-web", "svc-1", port: 443, TraceLab.interfaceEndpoint)
        #expect(result.to == "svc-1")
        // The endpoint's groups decide before PrivateLink carries the traffic.
        #expect(steps(result.forward) == ["sg-web allow", "acl-a allow", "rtb-a forward", "acl-a allow", "sg-vpce allow",
                                          "vpce-1 forward", "lb-svc deliver"])
        #expect(result.forward.hops[2].note.contains("10.0.2.50"))
        #expect(result.reply?.reachable == true)
    }

    @Test func endpointGroupsDecideEntry() throws {
        let result = try TraceLab.trace("i-app", "vpce-1", port: 8443, TraceLab.interfaceEndpoint)
        expectBlocked(result.forward, .securityGroupIngress, at: "sg-vpce", .deny)
    }

    @Test func awsServiceWithPrivateDnsEndsAtItsInterfaceEndpoint() throws {
        let result = try TraceLab.trace("i-app", "sts", port: 443) { a in
            a.services.append(Service(id: "com.amazonaws.us-east-1.sts", name: "com.amazonaws.us-east-1.sts",
                                      serviceKind: .awsService, owner: "amazon", region: "us-east-1"))
            a.endpoints.append(Endpoint(id: "vpce-sts", name: "sts", type: .interface, vpc: "vpc-a",
                                        service: "com.amazonaws.us-east-1.sts", subnets: ["sub-a3"], securityGroups: ["sg-web"],
                                        privateDns: true))
        }
        #expect(result.reachable)
        #expect(result.forward.hops.contains { $0.element == "vpce-sts" && $0.action == .forward })
        #expect(result.forward.hops.last?.element == "com.amazonaws.us-east-1.sts")
        #expect(result.assumptions.contains { $0.contains("vpce-sts has no address in the model") })
    }

    @Test func gatewayEndpointRouteBeatsTheDefaultRoute() throws {
        let result = try TraceLab.trace("i-app", "s3", port: 443, TraceLab.gatewayEndpoint)
        #expect(result.reachable)
        #expect(result.forward.hops[2].rule == "route pl-s3 → vpce-s3")
        #expect(steps(result.forward).suffix(2) == ["vpce-s3 forward", "com.amazonaws.us-east-1.s3 deliver"])
    }

    @Test func withoutAGatewayEndpointS3IsOnTheInternet() throws {
        let result = try TraceLab.trace("i-web", "s3", port: 443)
        #expect(result.reachable)
        #expect(result.forward.hops.contains { $0.element == "igw-a" && $0.action == .translate })
        let blocked = try TraceLab.trace("i-app", "s3", port: 443)
        expectBlocked(blocked.forward, .noPublicAddress, at: "igw-a", .drop)
    }

    @Test func transitGatewayTrafficCannotUseAnotherVpcsGatewayEndpoint() throws {
        let result = try TraceLab.trace("i-db", "s3", port: 443) { a in
            TraceLab.transitGateway(&a)
            TraceLab.gatewayEndpoint(&a)
            a.routeTables[1].routes.append(.init(destination: "pl-s3", target: "tgw-1"))
            a.transitGatewayRouteTables[0].routes = [.init(destination: "52.216.0.0/15", target: "vpc-a")]
        }
        expectBlocked(result.forward, .gatewayEndpointScope, at: "vpce-s3", .drop)
    }

    @Test func peeredVpcCannotUseTheGatewayEndpoint() throws {
        let result = try TraceLab.trace("i-db", "s3", port: 443) { a in
            TraceLab.gatewayEndpoint(&a)
            a.routeTables[1].routes.append(.init(destination: "0.0.0.0/0", target: "pcx-ab"))
        }
        expectBlocked(result.forward, .peeringTransit, at: "pcx-ab", .drop)
    }
}

@Suite struct TraceHopRuleTests {
    @Test func theRuleLosesTheElementItsListAlreadyNames() {
        let hop = TraceHop(element: "sg-1", kind: "security-group", action: .allow, rule: "sg-1 (web): tcp 443 from 10.0.0.0/16",
                           note: "n", topic: "security-group")
        #expect(hop.rule(besides: "sg-1 (web)") == "tcp 443 from 10.0.0.0/16")
        let bare = TraceHop(element: "tgw-1", kind: "connection", action: .forward, rule: "tgw-1: attachment vpc-a",
                            note: "n", topic: "transit-gateway")
        #expect(bare.rule(besides: "tgw-1 (hub)") == "attachment vpc-a")
        let other = TraceHop(element: "rtb-1", kind: "route-table", action: .forward, rule: "route 10.0.0.0/8 → tgw-1",
                             note: "n", topic: "route-table")
        #expect(other.rule(besides: "rtb-1 (main)") == "route 10.0.0.0/8 → tgw-1")
    }
}
