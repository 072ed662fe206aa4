import Testing
@testable import Importers
@testable import Topology

@Suite struct TopologyTests {
    @Test func indexesAnswerTheLookupsViewsMake() throws {
        let t = try load(minimal)
        #expect(t.element("vpce-1")?.kind == .endpoint)
        #expect(t.resolve("API").map(\.id) == ["vpce-1"])
        #expect(t.subnets(ofVpc: "vpc-a").map(\.id) == ["subnet-a1", "subnet-a2"])
        #expect(t.endpoints(ofVpc: "vpc-a").map(\.id) == ["vpce-1", "vpce-2"])
        #expect(t.loadBalancers(ofVpc: "vpc-a").map(\.id) == ["nlb-1"])
        #expect(t.consumers(ofService: "vpce-svc-1").map(\.id) == ["vpce-1"])
        let endpoint = try #require(t.endpoint("vpce-1"))
        #expect(t.service(of: endpoint)?.id == "vpce-svc-1")
        #expect(t.loadBalancers(behind: endpoint).map(\.id) == ["nlb-1"])
        #expect(t.services(behindLoadBalancer: "nlb-1").map(\.id) == ["vpce-svc-1"])
        #expect(t.service("com.amazonaws.us-east-1.s3")?.kind == .awsService)
        #expect(t.service("com.amazonaws.us-east-1.s3")?.awsShortName == "s3")
    }

    @Test func undeclaredAccountsAreAddedByTheirId() throws {
        let t = try load("""
        format: linkscope/v1
        vpcs:
          - {id: vpc-x, account: "999988887777", region: us-east-1, cidrs: [10.0.0.0/16]}
        """)
        #expect(t.account("999988887777")?.name == "999988887777")
        #expect(t.vpcs(ofAccount: "999988887777").map(\.id) == ["vpc-x"])
    }

    @Test func connectionsAreIndexedByEveryMember() throws {
        let t = try load(minimal + """
        connections:
          - {id: tgw-1, type: transit-gateway, attachments: [vpc-a], region: us-east-1}
          - {id: vpn-1, type: vpn, between: [vpc-a]}
        networks:
          - {id: dc, cidrs: [192.168.0.0/16], via: [vpn-1]}
        """)
        #expect(t.connections(of: "vpc-a").map(\.id) == ["tgw-1", "vpn-1"])
        #expect(t.networks(via: "vpn-1").map(\.id) == ["dc"])
    }

    @Test func mergingSourcesResolvesReferencesAcrossThem() throws {
        let provider = try NativeLoader.load(bytes: Array(minimal.utf8), file: "provider.yaml")
        let consumer = try NativeLoader.load(bytes: Array("""
        format: linkscope/v1
        name: consumer
        vpcs:
          - {id: vpc-c, region: us-east-1, cidrs: [10.0.0.0/16]}
        endpoints:
          - {id: vpce-c, type: interface, vpc: vpc-c, service: vpce-svc-1}
        """.utf8), file: "consumer.yaml")
        let t = try NetworkModel(merging: [provider, consumer])
        #expect(t.name == "minimal + consumer")
        #expect(t.consumers(ofService: "vpce-svc-1").map(\.id) == ["vpce-1", "vpce-c"])
    }

    @Test func mergingRefusesAnIdDefinedInTwoSources() throws {
        let a = try NativeLoader.load(bytes: Array(minimal.utf8), file: "a.yaml")
        let b = try NativeLoader.load(bytes: Array(minimal.utf8), file: "b.yaml")
        #expect(throws: LoadError(.malformed, "b.yaml:4:9: duplicate id '111122223333': an account with this id is already defined at a.yaml:4:9")) {
            try NetworkModel(merging: [a, b])
        }
    }

    @Test func dnsSettingsASourceDoesNotStateAreLeftOut() throws {
        let t = try load(minimal.replacingOccurrences(of: "    cidrs: [10.0.0.0/16]\n", with: "    cidrs: [10.0.0.0/16]\n    dnsSupport: false\n"))
        let keys = t.fields(of: try #require(t.element("vpc-a"))).map(\.key)
        #expect(keys == ["account", "region", "cidrs", "dnsSupport"])
        #expect(t.vpc("vpc-a")?.dnsHostnames == nil)
    }

    @Test func fieldsAndRelationsDescribeAnEndpoint() throws {
        let t = try load(minimal)
        let endpoint = try #require(t.element("vpce-1"))
        let keys = t.fields(of: endpoint).map(\.key)
        #expect(keys == ["type", "state", "vpc", "service", "subnets", "zoneIds", "securityGroups", "routeTables", "privateDns"])
        #expect(t.fields(of: endpoint).first { $0.key == "zoneIds" }?.label == "zone IDs")
        #expect(t.relations(of: endpoint).map(\.label) == ["load balancers behind"])
        let vpc = try #require(t.element("vpc-a"))
        #expect(t.relations(of: vpc).map(\.label) == ["subnets", "route tables", "endpoints", "load balancers"])
    }
}

/// The short-name shortcut must agree with splitting the name at dots, odd names included.
@Suite struct AWSShortNameTests {
    @Test(arguments: ["com.amazonaws.us-east-1.s3", "com.amazonaws.eu-west-1.ecr.dkr", "com.amazonaws.us-east-1",
                      "com.amazonaws.us-east-1.", "com.amazonaws..us-east-1.s3", "com.amazonaws.us-east-1..s3",
                      "com.amazonaws.us-east-1.s3.", "com.amazonaws.vpce.us-east-1.vpce-svc-1", "com.example.s3"])
    func shortNameIsWhatFollowsTheRegion(_ name: String) {
        let service = Service(id: name, name: name, serviceKind: .awsService)
        let parts = name.split(separator: ".")
        let expected = name.hasPrefix("com.amazonaws.") && !name.hasPrefix("com.amazonaws.vpce.") && parts.count >= 4
            ? parts[3...].joined(separator: ".") : nil
        #expect(service.awsShortName == expected)
    }
}
