import Analysis
import Testing
import Topology

/// FROM and TO: ids, names, addresses, `internet`, and the errors for the rest.
@Suite struct TraceEndTests {
    @Test func privateAddressOfAnInstanceIsThatInstance() throws {
        let result = try TraceLab.trace("10.0.1.10", "10.0.2.20", port: 8080)
        #expect(result.from == "i-web")
        #expect(result.to == "i-app")
        #expect(result.reachable)
    }

    @Test func addressInASubnetWithoutAnInterfaceIsThatAddress() throws {
        let result = try TraceLab.trace("i-web", "10.1.1.77", port: 5432)
        #expect(result.to == "10.1.1.77")
        #expect(result.forward.hops.last?.kind == "address")
        #expect(result.assumptions.contains { $0.contains("no interface in the model has 10.1.1.77") })
    }

    @Test func addressInAnOnPremisesNetworkIsThatNetwork() throws {
        let result = try TraceLab.trace("192.168.7.7", "i-web", port: 443, TraceLab.vpn)
        #expect(result.from == "192.168.7.7")
        #expect(result.reachable)
        #expect(result.forward.hops.first?.element == "vpn-1")
    }

    @Test func unknownPublicAddressIsOnTheInternet() throws {
        let result = try TraceLab.trace("i-web", "8.8.8.8", port: 53, protocol: .udp)
        #expect(result.to == "8.8.8.8")
        #expect(result.reachable)
        #expect(result.forward.hops.last?.note == "Delivered to 8.8.8.8.")
    }

    @Test func unknownPrivateAddressIsAnError() {
        #expect(throws: TraceError(message: "no subnet, interface or on-premises network holds 10.9.9.9")) {
            try TraceLab.trace("i-web", "10.9.9.9")
        }
    }

    @Test func namesResolveLikeIds() throws {
        let result = try TraceLab.trace("web", "db", port: 5432)
        #expect(result.from == "i-web")
        #expect(result.to == "i-db")
    }

    @Test func sharedNameAsksForAnId() throws {
        let error = try #require(throws: TraceError.self) { try TraceLab.trace("i-web", "app") }
        #expect(error.message == "'app' names 2 elements; give one id")
        #expect(Set(error.suggestions) == ["vpc-a (VPC)", "i-app (instance)"])
    }

    @Test func vpcAsDestinationStandsForItsFirstSubnet() throws {
        let result = try TraceLab.trace("i-web", "vpc-b", port: 5432)
        #expect(result.to == "vpc-b")
        #expect(result.assumptions.contains("vpc-b stands for any address in it: traced with 10.1.1.4, the first usable address of sub-b1"))
    }

    @Test func typoGetsASuggestion() throws {
        let error = try #require(throws: TraceError.self) { try TraceLab.trace("i-wbe", "i-db") }
        #expect(error.message.contains("'i-wbe'"))
        #expect(error.suggestions.first == "i-web")
    }

    @Test func servicesOnlyReceive() throws {
        let error = try #require(throws: TraceError.self) { try TraceLab.trace("svc-1", "i-web", TraceLab.interfaceEndpoint) }
        #expect(error.message.contains("only receives traffic"))
    }

    @Test func securityGroupIsNoEnd() throws {
        let error = try #require(throws: TraceError.self) { try TraceLab.trace("i-web", "sg-db") }
        #expect(error.message.hasPrefix("'sg-db' is a security group"))
        #expect(error.suggestions == ["vpc-b"])
    }

    @Test func awsServiceShortNameResolvesWithoutASourceListingIt() throws {
        let result = try TraceLab.trace("i-web", "dynamodb", port: 443)
        #expect(result.to == "com.amazonaws.us-east-1.dynamodb")
        #expect(result.reachable)
    }
}
