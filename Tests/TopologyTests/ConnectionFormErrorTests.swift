import Testing
@testable import Importers
@testable import Topology

/// Forms the advisor and the checks would ignore are refused at the place they were
/// written, with the form that is accepted.
@Suite struct ConnectionFormErrorTests {
    static let base = """
    format: linkscope/v1
    vpcs:
      - {id: vpc-a, region: us-east-1, cidrs: [10.0.0.0/16]}
      - {id: vpc-b, region: us-east-1, cidrs: [10.1.0.0/16]}
    connections:

    """

    func error(_ connections: String, networks: String = "") -> String? {
        loadError(Self.base + connections + "\n" + networks)?.message
    }

    @Test func peeringHasNoAttachments() {
        #expect(error("  - {id: pcx, type: vpc-peering, between: [vpc-a, vpc-b], attachments: [vpc-a]}")
                == "arch.yaml:6:72: vpc-peering 'pcx' has no 'attachments': it joins the two VPCs in 'between'")
    }

    @Test func transitGatewayPeeringHasNoAttachments() {
        let message = error("""
          - {id: t1, type: transit-gateway}
          - {id: t2, type: transit-gateway}
          - {id: p, type: transit-gateway-peering, between: [t1, t2], attachments: [vpc-a]}
        """)
        #expect(message?.hasPrefix("arch.yaml:8:") == true)
        #expect(message?.contains("transit-gateway-peering 'p' has no 'attachments': it joins the two transit gateways in 'between'") == true)
    }

    @Test func transitGatewayListsAttachmentsNotBetween() {
        #expect(error("  - {id: tgw, type: transit-gateway, between: [vpc-a]}")?
            .contains("arch.yaml:6:47: transit-gateway 'tgw' lists what it attaches") == true)
    }

    @Test func aVPNEndsOnOneVPC() {
        #expect(error("  - {id: vpn, type: vpn, between: [vpc-a, vpc-b]}")?
            .hasPrefix("arch.yaml:6:43: vpn 'vpn' ends on one VPC (its virtual private gateway) in 'between', found 2") == true)
    }

    @Test func aVPNEndsOnAVPCOrATransitGatewayNotBoth() {
        let message = error("""
          - {id: vpn, type: vpn, between: [vpc-a]}
          - {id: tgw, type: transit-gateway, attachments: [vpn]}
        """)
        #expect(message?.hasPrefix("arch.yaml:6:10: vpn 'vpn' ends on VPC 'vpc-a' and transit gateway 'tgw'; a Site-to-Site VPN connection ends on one virtual private gateway") == true)
    }

    @Test func aTransitGatewayDoesNotAttachAPeering() {
        let message = error("""
          - {id: pcx, type: vpc-peering, between: [vpc-a, vpc-b]}
          - {id: tgw, type: transit-gateway, attachments: [pcx]}
        """)
        #expect(message == "arch.yaml:7:52: connection 'tgw' field attachments: 'pcx' is a vpc-peering connection; a transit gateway attaches VPCs and vpn, direct-connect or transit-gateway-peering connections (join two transit gateways with a transit-gateway-peering connection)")
    }

    @Test func transitGatewayPeeringJoinsTransitGateways() {
        let message = error("""
          - {id: vpn, type: vpn}
          - {id: tgw, type: transit-gateway}
          - {id: p, type: transit-gateway-peering, between: [tgw, vpn]}
        """)
        #expect(message?.contains("connection 'p' field between: 'vpn' is a vpn connection; a transit-gateway-peering joins two transit-gateway connections in 'between'") == true)
    }

    @Test func aNetworkGoesViaAVPNOrDirectConnect() {
        let message = error("  - {id: tgw, type: transit-gateway}", networks: "networks:\n  - {id: dc, cidrs: [192.168.0.0/16], via: [tgw]}\n")
        #expect(message == "arch.yaml:8:45: network 'dc' field via: 'tgw' is a transit-gateway connection; a network reaches AWS via vpn or direct-connect connections (a transit gateway lists those in its 'attachments')")
    }

    @Test func aDirectConnectAttachesVPCsAndTransitGatewaysOnly() {
        let message = error("""
          - {id: vpn, type: vpn}
          - {id: dx, type: direct-connect, attachments: [vpn]}
        """)
        #expect(message?.contains("connection 'dx' field attachments: 'vpn' is a vpn connection; a direct-connect lists the VPCs it ends on and the transit gateways it attaches to") == true)
    }

    @Test func applianceModeBelongsToATransitGatewayAttachment() {
        #expect(error("  - {id: pcx, type: vpc-peering, between: [vpc-a, vpc-b], applianceMode: [vpc-a]}")?
            .contains("'applianceMode' belongs to a transit-gateway") == true)
        #expect(error("  - {id: tgw, type: transit-gateway, attachments: [vpc-a], applianceMode: [vpc-b]}")
                == "arch.yaml:6:76: transit-gateway 'tgw' lists 'vpc-b' in 'applianceMode' but not in 'attachments'; appliance mode is an option of a VPC attachment")
    }

    @Test func thereIsNoGatewayField() {
        #expect(error("  - {id: vpn, type: vpn, gateway: vpc-a}")?.hasPrefix("arch.yaml:6:26: unknown key 'gateway' in a connection") == true)
    }
}
