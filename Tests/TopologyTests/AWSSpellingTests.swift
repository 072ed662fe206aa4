import Testing
@testable import Importers
@testable import Topology

/// Values pasted from the AWS console or CLI load as the documented values they stand for.
@Suite struct AWSSpellingTests {
    @Test(arguments: [
        ("pendingAcceptance", EndpointState.pendingAcceptance), ("PendingAcceptance", .pendingAcceptance),
        ("pending-acceptance", .pendingAcceptance), ("Available", .available), ("available", .available),
        ("Rejected", .rejected),
    ])
    func endpointStates(spelling: String, expected: EndpointState) throws {
        let t = try load(minimal.replacingOccurrences(of: "    service: vpce-svc-1\n", with: "    service: vpce-svc-1\n    state: \(spelling)\n"))
        #expect(t.endpoint("vpce-1")?.state == expected)
    }

    @Test(arguments: [("Interface", EndpointType.interface), ("GatewayLoadBalancer", .gatewayLoadBalancer),
                      ("ServiceNetwork", .serviceNetwork), ("Resource", .resource), ("Gateway", .gateway)])
    func endpointTypes(spelling: String, expected: EndpointType) throws {
        let t = try load(minimal.replacingOccurrences(of: "    type: interface\n    vpc: vpc-a", with: "    type: \(spelling)\n    vpc: vpc-a"))
        #expect(t.endpoint("vpce-1")?.type == expected)
    }

    @Test func connectionStatesLoadScreamingAndCamelCase() throws {
        let t = try load(minimal + """
        connections:
          - {id: tgw-1, type: transit-gateway, attachments: [vpc-a], state: pendingAcceptance}
          - {id: tgw-2, type: transit-gateway, state: AVAILABLE}

        """)
        #expect(t.connection("tgw-1")?.state == .pendingAcceptance)
        #expect(t.connection("tgw-2")?.state == .available)
    }

    @Test func loadBalancerTypeAndSchemeTakeAWSSpellings() throws {
        let t = try load(minimal.replacingOccurrences(of: "type: network, vpc: vpc-a, subnets: [subnet-a1, subnet-a2]}",
                                                      with: "type: Network, vpc: vpc-a, subnets: [subnet-a1, subnet-a2], scheme: internet_facing}"))
        #expect(t.loadBalancer("nlb-1")?.type == .network)
        #expect(t.loadBalancer("nlb-1")?.scheme == .internetFacing)
    }

    @Test func aSpellingOfNoValueIsStillRefused() {
        let error = loadError(minimal.replacingOccurrences(of: "    service: vpce-svc-1\n", with: "    service: vpce-svc-1\n    state: PendingAcceptence\n"))
        #expect(error?.message.contains("unknown endpoint state 'PendingAcceptence'") == true)
        #expect(error?.message.contains("expected one of: available, pending-acceptance") == true)
    }
}
