import Testing
@testable import Importers
import Topology
@testable import Analysis

/// Every way the native format accepts of writing a link is honoured by the advisor and by
/// the checks: for each form, the advisor finds the path it opens and a check that can only
/// fire through that link fires.
@Suite struct ConnectionFormTests {
    /// Two VPCs in us-east-1 (the app VPC holds a GWLB endpoint, so it counts as an
    /// inspection VPC), one in eu-west-1, and a data centre whose range overlaps the app VPC.
    static func arch(_ connections: String, via: String = "[link]") -> String {
        """
        format: linkscope/v1
        vpcs:
          - id: vpc-app
            region: us-east-1
            cidrs: [10.0.0.0/16]
            subnets:
              - {id: s1, zone: us-east-1a, zoneId: use1-az1, cidr: 10.0.1.0/24}
              - {id: s2, zone: us-east-1b, zoneId: use1-az2, cidr: 10.0.2.0/24}
            routeTables:
              - {id: rtb-app, subnets: [s1, s2], routes: [{destination: 10.0.0.0/16, target: local}]}
          - id: vpc-data
            region: us-east-1
            cidrs: [10.1.0.0/16]
            subnets:
              - {id: d1, zone: us-east-1a, zoneId: use1-az1, cidr: 10.1.1.0/24}
            routeTables:
              - {id: rtb-data, subnets: [d1], routes: [{destination: 10.1.0.0/16, target: local}]}
          - id: vpc-eu
            region: eu-west-1
            cidrs: [10.2.0.0/16]
            subnets:
              - {id: e1, zone: eu-west-1a, zoneId: euw1-az1, cidr: 10.2.1.0/24}
        services:
          - {id: svc-fw, kind: endpoint-service, type: gateway-load-balancer, region: us-east-1}
        endpoints:
          - {id: gwlbe-1, type: gateway-load-balancer, vpc: vpc-app, service: svc-fw, subnets: [s1]}
        connections:
        \(connections)
        networks:
          - {id: dc, cidrs: [10.0.128.0/17], via: \(via)}

        """
    }

    static func model(_ connections: String, via: String = "[link]") throws -> NetworkModel {
        try NetworkModel(merging: [NativeLoader.load(bytes: Array(arch(connections, via: via).utf8), file: "forms.yaml")])
    }

    /// One accepted way of landing the data centre on vpc-app.
    struct HybridForm: Sendable, CustomTestStringConvertible {
        let name: String
        let connections: String
        var testDescription: String { name }
    }

    static let hybridForms: [HybridForm] = [
        HybridForm(name: "vpn between a VPC", connections: "  - {id: link, type: vpn, between: [vpc-app]}"),
        HybridForm(name: "vpn attachments a VPC", connections: "  - {id: link, type: vpn, attachments: [vpc-app]}"),
        HybridForm(name: "vpn attachments a transit gateway", connections: """
          - {id: link, type: vpn, attachments: [tgw]}
          - {id: tgw, type: transit-gateway, region: us-east-1, attachments: [vpc-app], applianceMode: [vpc-app]}
        """),
        HybridForm(name: "transit gateway attachments a vpn", connections: """
          - {id: link, type: vpn}
          - {id: tgw, type: transit-gateway, region: us-east-1, attachments: [vpc-app, link], applianceMode: [vpc-app]}
        """),
        HybridForm(name: "direct-connect between a VPC", connections: "  - {id: link, type: direct-connect, between: [vpc-app]}"),
        HybridForm(name: "direct-connect attachments a VPC", connections: "  - {id: link, type: direct-connect, attachments: [vpc-app]}"),
        HybridForm(name: "direct-connect attachments a transit gateway", connections: """
          - {id: link, type: direct-connect, attachments: [tgw]}
          - {id: tgw, type: transit-gateway, region: us-east-1, attachments: [vpc-app], applianceMode: [vpc-app]}
        """),
        HybridForm(name: "transit gateway attachments a direct-connect", connections: """
          - {id: link, type: direct-connect}
          - {id: tgw, type: transit-gateway, region: us-east-1, attachments: [link, vpc-app], applianceMode: [vpc-app]}
        """),
    ]

    @Test(arguments: hybridForms) func theAdvisorSeesTheLanding(_ form: HybridForm) throws {
        let comparison = try Advisor(topology: Self.model(form.connections)).compare(from: "dc", to: "s3")
        let endpoint = comparison.assessment(.interfaceEndpoint)
        #expect(endpoint.feasible, "\(endpoint.reasons.map(\.message))")
        #expect(endpoint.reasons.contains { $0.rule == .onPremNeedsVpnOrDx && $0.verdict == .for && $0.elements.contains("vpc-app") })
    }

    @Test(arguments: hybridForms) func theChecksSeeTheLanding(_ form: HybridForm) throws {
        let found = Checks.run(try Self.model(form.connections)).filter { $0.rule == "network-overlapping-cidrs" }
        #expect(found.count == 1 && found.first?.element == "dc")
        #expect(found.first?.elements.contains("vpc-app") == true && found.first?.elements.contains("link") == true)
    }

    @Test func withoutTheLinkNeitherSeesAPath() throws {
        let t = try Self.model("  - {id: link, type: direct-connect}")
        #expect(!(try Advisor(topology: t).compare(from: "dc", to: "s3").assessment(.interfaceEndpoint).feasible))
        #expect(!Checks.run(t).contains { $0.rule == "network-overlapping-cidrs" })
    }

    @Test func peeringBetweenTwoVPCs() throws {
        let t = try Self.model("  - {id: pcx, type: vpc-peering, between: [vpc-app, vpc-data]}", via: "[]")
        #expect(try Advisor(topology: t).compare(from: "vpc-app", to: "vpc-data").assessment(.vpcPeering).existing == ["pcx"])
        #expect(Checks.run(t).contains { $0.rule == "peering-missing-route" && $0.element == "pcx" })
    }

    @Test func transitGatewayAttachingVPCs() throws {
        let t = try Self.model("  - {id: tgw, type: transit-gateway, region: us-east-1, attachments: [vpc-app, vpc-data]}", via: "[]")
        #expect(try Advisor(topology: t).compare(from: "vpc-app", to: "vpc-data").assessment(.transitGateway).existing == ["tgw"])
        let found = Checks.run(t).filter { $0.rule == "transit-gateway-appliance-mode" }
        #expect(found.count == 1 && found.first?.elements.contains("vpc-app") == true)
    }

    @Test func applianceModeOnTheInspectionAttachmentIsHonoured() throws {
        let t = try Self.model("  - {id: tgw, type: transit-gateway, attachments: [vpc-app, vpc-data], applianceMode: [vpc-app]}", via: "[]")
        #expect(t.connection("tgw")?.applianceMode == ["vpc-app"])
        #expect(!Checks.run(t).contains { $0.rule == "transit-gateway-appliance-mode" })
    }

    @Test(arguments: [true, false]) func transitGatewayPeeringBetweenGateways(listedAsAttachment: Bool) throws {
        let peer = listedAsAttachment ? ", peer" : ""
        let t = try Self.model("""
          - {id: tgw-us, type: transit-gateway, region: us-east-1, attachments: [vpc-app\(peer)]}
          - {id: tgw-eu, type: transit-gateway, region: eu-west-1, attachments: [vpc-eu\(peer)]}
          - {id: peer, type: transit-gateway-peering, between: [tgw-us, tgw-eu], state: pendingAcceptance}
        """, via: "[]")
        let a = try Advisor(topology: t).compare(from: "vpc-app", to: "vpc-eu").assessment(.transitGatewayPeering)
        #expect(a.existing == ["peer"])
        let pending = Checks.run(t).first { $0.rule == "connection-not-active" && $0.element == "peer" }
        #expect(pending?.elements.contains("tgw-us") == true && pending?.elements.contains("tgw-eu") == true)
    }

    @Test func aDirectConnectListingAVPCShowsItAsTheVPCItEndsOn() throws {
        let t = try Self.model("  - {id: link, type: direct-connect, attachments: [vpc-app]}")
        #expect(t.connection("link")?.between == ["vpc-app"] && t.connection("link")?.attachments == [])
        let t2 = try Self.model("""
          - {id: link, type: direct-connect, attachments: [tgw]}
          - {id: tgw, type: transit-gateway, attachments: [vpc-app]}
        """)
        #expect(t2.connection("tgw")?.attachments == ["vpc-app", "link"])
    }
}
