import Testing
@testable import Importers
@testable import Topology

/// What the trace's elements refer to is checked: unknown ids and ids of the wrong kind or
/// type, what a transit gateway route table may name, one main table and one default ACL a
/// VPC, and the keys each type of gateway and connection takes.
@Suite struct NativeReferenceErrorTests {
    func error(vpcKeys: String = "", _ rest: String = "") -> String? {
        loadError(NativeForwardingFixture.document(vpcKeys: vpcKeys, rest))?.message
    }

    /// `rest` with a transit gateway `tgw-1` attaching vpc-a and vpn-1, and a customer gateway.
    func withTransitGateway(_ rest: String) -> String? {
        error("""
        gateways:
          - {id: cgw-1, type: customer}
          - {id: igw-1, type: internet, vpc: vpc-a}
        connections:
          - {id: tgw-1, type: transit-gateway, attachments: [vpc-a, vpn-1]}
          - {id: vpn-1, type: vpn, customerGateway: cgw-1}
        \(rest)
        """)
    }

    @Test func aReferenceToAMissingGroupNamesIt() {
        #expect(error("instances:\n  - {id: i-1, subnet: subnet-a1, securityGroups: [sg-404]}")
                == "arch.yaml:17:51: instance 'i-1' refers to unknown security group 'sg-404'")
        #expect(error(vpcKeys: "    securityGroups:\n      - {id: sg-1, ingress: [{protocol: tcp, from: sg-404}]}")
                == "arch.yaml:10:52: security group 'sg-1' refers to unknown security group 'sg-404'")
        #expect(error("loadBalancers:\n  - {id: nlb-1, type: network, vpc: vpc-a, subnets: [subnet-a1], securityGroups: [sg-404]}")?
            .hasSuffix("load balancer 'nlb-1' refers to unknown security group 'sg-404'") == true)
    }

    @Test func aReferenceToTheWrongKindSaysWhatItIs() {
        #expect(error("instances:\n  - {id: i-1, subnet: vpc-a}")
                == "arch.yaml:17:23: instance 'i-1' field subnet: 'vpc-a' is a VPC, not a subnet")
        #expect(error("networkInterfaces:\n  - {id: eni-1, subnet: subnet-a1, owner: subnet-a2}")?
            .hasSuffix("field owner: 'subnet-a2' is a subnet, not an instance or endpoint or load balancer or gateway") == true)
        #expect(error("prefixLists: []\ngateways:\n  - {id: pl-1, type: internet}\ninstances: []\nnetworkInterfaces: []\n"
                      + "connections:\n  - {id: tgw-1, type: transit-gateway}\ntransitGatewayRouteTables:\n"
                      + "  - {id: r-1, transitGateway: tgw-1, routes: [{destination: pl-1, blackhole: true}]}")?
            .hasSuffix("transit gateway route table 'r-1' field destination: 'pl-1' is a gateway, not a prefix list") == true)
    }

    @Test func aVpnNamesGatewaysOfTheRightType() {
        #expect(withTransitGateway("  - {id: vpn-2, type: vpn, vpnGateway: igw-1}")
                == "arch.yaml:22:40: connection 'vpn-2' field vpnGateway: 'igw-1' is an internet gateway, not a virtual-private gateway")
        #expect(withTransitGateway("  - {id: vpn-2, type: vpn, customerGateway: igw-1}")?
            .hasSuffix("'igw-1' is an internet gateway, not a customer gateway") == true)
    }

    @Test func aTransitGatewayRouteTableBelongsToATransitGateway() {
        #expect(withTransitGateway("transitGatewayRouteTables:\n  - {id: r-1, transitGateway: vpn-1}")
                == "arch.yaml:23:31: transit gateway route table 'r-1' field transitGateway: 'vpn-1' is a vpn connection, not a transit-gateway connection")
    }

    @Test func aTransitGatewayRouteTableNamesOnlyItsGatewaysAttachments() {
        #expect(withTransitGateway("transitGatewayRouteTables:\n  - {id: r-1, transitGateway: tgw-1, propagations: [vpc-b]}")
                == "arch.yaml:23:53: transit gateway route table 'r-1' takes routes propagated from 'vpc-b', which transit gateway 'tgw-1' does not attach; add it to the gateway's 'attachments'")
        #expect(withTransitGateway("transitGatewayRouteTables:\n  - {id: r-1, transitGateway: tgw-1, routes: [{destination: 10.1.0.0/16, target: vpc-b}]}")?
            .contains("'r-1' routes to 'vpc-b', which transit gateway 'tgw-1' does not attach") == true)
        let twice = withTransitGateway("""
        transitGatewayRouteTables:
          - {id: r-1, transitGateway: tgw-1, associations: [vpc-a]}
          - {id: r-2, transitGateway: tgw-1, associations: [vpn-1, vpc-a]}
        """)
        #expect(twice == "arch.yaml:24:60: transit gateway route table 'r-2' associates 'vpc-a', already associated with 'r-1'; an attachment is associated with one route table")
    }

    @Test func aTransitGatewayRouteIsATargetOrABlackhole() {
        #expect(withTransitGateway("transitGatewayRouteTables:\n  - {id: r-1, transitGateway: tgw-1, routes: [{destination: 10.9.0.0/16}]}")
                == "arch.yaml:23:61: the route to 10.9.0.0/16 in transit gateway route table 'r-1' needs 'target' (the attachment: a VPC or connection id) or 'blackhole: true'")
        #expect(withTransitGateway("transitGatewayRouteTables:\n  - {id: r-1, transitGateway: tgw-1, routes: [{destination: 10.9.0.0/16, blackhole: true, target: vpc-a}]}")?
            .contains("a blackhole route of transit gateway route table 'r-1' drops what it matches and has no 'target'") == true)
    }

    @Test func attachmentSubnetsAreOnePerZoneInAnAttachedVpc() {
        let rest = { (subnets: String) in "connections:\n  - id: tgw-1\n    type: transit-gateway\n    attachments: [vpc-a, vpc-b]\n    attachmentSubnets: {\(subnets)}" }
        #expect(error(rest("vpc-b: [subnet-b1, subnet-b2]"))
                == "arch.yaml:20:44: transit-gateway 'tgw-1' attaches 'vpc-b' through two subnets in use1-az1, 'subnet-b1' and 'subnet-b2'; an attachment has one subnet per Availability Zone")
        #expect(error(rest("vpc-a: [subnet-b1]"))?.hasSuffix("transit-gateway 'tgw-1' attaches 'vpc-a' through subnet 'subnet-b1', which is in VPC 'vpc-b'") == true)
        #expect(error(rest("vpc-c: [subnet-b1]"))?.contains("lists 'vpc-c' in 'attachmentSubnets' but not in 'attachments'") == true)
        #expect(error("connections:\n  - {id: pcx-1, type: vpc-peering, between: [vpc-a, vpc-b], attachmentSubnets: {}}")?
            .contains("'attachmentSubnets' belongs to a transit-gateway") == true)
        #expect(error("connections:\n  - {id: dx-1, type: direct-connect, staticRoutes: [10.9.0.0/16]}")?
            .contains("'staticRoutes' belongs to a vpn") == true)
    }

    @Test func aVpcHasOneMainRouteTableAndOneDefaultAcl() {
        #expect(error(vpcKeys: "    routeTables:\n      - {id: rtb-1, main: true}\n      - {id: rtb-2, main: true}")
                == "arch.yaml:11:14: VPC 'vpc-a' has two main route tables, 'rtb-1' (at arch.yaml:10:14) and 'rtb-2'; a VPC has exactly one")
        #expect(error(vpcKeys: "    networkAcls:\n      - {id: acl-1, default: true}\n      - {id: acl-2, default: true}")?
            .hasSuffix("VPC 'vpc-a' has two default network ACLs, 'acl-1' (at arch.yaml:10:14) and 'acl-2'; a VPC has exactly one") == true)
    }

    @Test func eachTypeOfGatewayTakesItsOwnKeys() {
        #expect(error("gateways:\n  - {id: igw-1, type: internet, vpc: vpc-a, asn: 65000}")
                == "arch.yaml:17:50: 'asn' does not apply to an internet gateway (it attaches to one VPC); it takes: vpc")
        #expect(error("gateways:\n  - {id: cgw-1, type: customer, vpc: vpc-a}")?
            .contains("'vpc' does not apply to a customer gateway (the on-premises end of a VPN, in no VPC)") == true)
        #expect(error("gateways:\n  - {id: nat-1, type: nat, subnet: subnet-a1}")?.contains("nat gateway 'nat-1' needs 'vpc'") == true)
        #expect(error("gateways:\n  - {id: vgw-1, type: virtual-private, asn: 0}")?.contains("a BGP ASN is a number 1-4294967294") == true)
    }

    @Test func aNatGatewaysPlaceFollowsItsAvailabilityMode() {
        #expect(error("gateways:\n  - {id: nat-1, type: nat, vpc: vpc-a}")?
            .contains("zonal nat gateway 'nat-1' needs 'subnet', the subnet it lives in (or availabilityMode: regional)") == true)
        #expect(error("gateways:\n  - {id: nat-1, type: nat, vpc: vpc-a, availabilityMode: regional, subnet: subnet-a1}")?
            .contains("regional nat gateway 'nat-1' spans every zone of its VPC; leave 'subnet' out") == true)
        #expect(error("gateways:\n  - {id: nat-1, type: nat, vpc: vpc-a, subnet: subnet-b1}")?
            .contains("nat gateway 'nat-1' is in VPC 'vpc-a', but its subnet 'subnet-b1' is in VPC 'vpc-b'") == true)
        #expect(error("gateways:\n  - {id: nat-1, type: nat, vpc: vpc-a, subnet: subnet-a1, connectivity: private, publicIp: 52.0.0.1}")?
            .contains("private nat gateway 'nat-1' has no Elastic IP") == true)
        #expect(error("gateways:\n  - {id: nat-1, type: nat, vpc: vpc-a, subnet: subnet-a1, privateIp: 10.0.2.9}")?
            .contains("nat gateway 'nat-1' has private IP 10.0.2.9, outside its subnet 'subnet-a1' (10.0.1.0/24)") == true)
    }

    @Test func aSecurityGroupAppliesOnlyInItsOwnVpc() {
        let message = error(vpcKeys: "    securityGroups:\n      - {id: sg-a}",
                            "instances:\n  - {id: i-1, subnet: subnet-b1, securityGroups: [sg-a]}")
        #expect(message == "arch.yaml:18:51: instance 'i-1' is in VPC 'vpc-b', but its security group 'sg-a' belongs to VPC 'vpc-a'; a group applies only in its own VPC")
    }
}
