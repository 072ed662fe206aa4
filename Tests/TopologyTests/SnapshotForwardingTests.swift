import Testing
@testable import Importers
@testable import Topology

/// What the snapshot reader makes of the output forwarding depends on: instances and
/// their interfaces, security groups, network ACLs, gateways, VPNs and complete routes
/// (`Fixtures/snapshot-forwarding`, whose files are named after nothing).
@Suite struct SnapshotForwardingTests {
    private let t: NetworkModel

    init() throws {
        t = try SnapshotFixtures.load(SnapshotFixtures.forwarding)
    }

    @Test func instancesTakeTheirPrimaryInterfacesAddressesAndTerminatedOnesAreLeftOut() throws {
        let web = try #require(t.instance("i-0web"))
        #expect(web.name == "web-1" && web.vpc == "vpc-0app" && web.subnet == "subnet-0a1" && web.state == "running")
        #expect(web.privateIps.map(\.description) == ["10.0.1.10", "10.0.1.11"], "device 1's 10.0.1.50 is another interface's")
        #expect(web.publicIp?.description == "54.0.0.10", "an Elastic IP never replaces what the instance says")
        #expect(web.securityGroups == ["sg-0web"])
        #expect(t.instance("i-0stopped")?.state == "stopped")
        #expect(t.instance("i-0stopped")?.publicIp?.description == "54.0.0.30", "from describe-addresses")
        #expect(t.instance("i-0gone") == nil)
    }

    @Test func interfacesLinkToWhatTheyBelongTo() {
        let owners = Dictionary(uniqueKeysWithValues: t.networkInterfaces.map { ($0.id, $0.owner ?? "none") })
        #expect(owners == [
            "eni-0web": "i-0web", "eni-0vpce": "vpce-0if", "eni-0vpce2": "vpce-0if",
            "eni-0nlb": "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/net/api/50dc6c495c0c9188",
            "eni-0alb": "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/7f3c1d2e4b5a6978",
            "eni-0nat": "nat-0a", "eni-0lambda": "none", "eni-0elsewhere": "none",
        ])
        let lambda = t.networkInterface("eni-0lambda")
        #expect(lambda?.name == "fn-1" && lambda?.interfaceType == "lambda")
        #expect(lambda?.publicIp?.description == "54.0.0.20", "an Elastic IP associated with the interface")
        #expect(t.networkInterface("eni-0web")?.privateIps.map(\.description) == ["10.0.1.10", "10.0.1.11"])
        #expect(t.networkInterfaces(ownedBy: "nat-0a").map(\.id) == ["eni-0nat"])
    }

    @Test func securityGroupPermissionsBecomeOneRulePerPeer() throws {
        let web = try #require(t.securityGroup("sg-0web"))
        #expect(web.name == "web" && web.description == "web tier" && web.vpc == "vpc-0app")
        #expect(web.ingress?.map(\.description) == [
            "tcp 443 0.0.0.0/0 'https'", "tcp 443 ::/0", "tcp 22 sg-0bastion 'ssh from bastion'", "icmp 10.0.0.0/8",
            "all pl-0office 'office'", "tcp 8000-8080 10.1.0.0/16", "50 203.0.113.0/24",
        ])
        #expect(web.ingress?[2].peer == .group("sg-0bastion") && web.ingress?[4].peer == .prefixList("pl-0office"))
        #expect(web.ingress?[3].ports == nil, "ICMP has no ports")
        #expect(web.egress?.map(\.description) == ["all 0.0.0.0/0"])
        #expect(t.securityGroup("sg-0bastion")?.ingress == [], "listed with no rules: none")
        #expect(t.securityGroup("sg-0bare")?.ingress == nil, "listed without IpPermissions: unknown")
    }

    @Test func networkAclsKeepNumberedEntriesWithoutTheImplicitDeny() throws {
        let strict = try #require(t.networkAcl("acl-0strict"))
        #expect(strict.name == "strict" && !strict.isDefault && strict.subnets == ["subnet-0a2"])
        #expect(strict.entries(egress: false).map(\.description) == ["#100 allow tcp 443 0.0.0.0/0", "#110 deny icmp 10.0.0.0/8", "#120 allow all ::/0"])
        #expect(strict.entries(egress: true).map(\.description) == ["#100 allow tcp 1024-65535 0.0.0.0/0"])
        #expect(t.networkAcl("acl-0default")?.isDefault == true)
        #expect(t.networkAcl("acl-0default")?.entries.count == 2)
        let subnet = try #require(t.subnet("subnet-0a2"))
        #expect(t.networkAcl(forSubnet: subnet)?.id == "acl-0strict")
    }

    @Test func gatewaysOfEveryKind() throws {
        #expect(t.gateway("igw-0a")?.type == .internet && t.gateway("igw-0a")?.vpc == "vpc-0app" && t.gateway("igw-0a")?.name == "main-igw")
        #expect(t.gateway("igw-0loose")?.vpc == nil && t.gateway("igw-0loose")?.state == "detached")
        #expect(t.gateway("eigw-0a")?.type == .egressOnlyInternet && t.gateway("eigw-0a")?.vpc == "vpc-0app")
        let nat = try #require(t.gateway("nat-0a"))
        #expect(nat.connectivity == .public && nat.availabilityMode == .zonal && nat.subnet == "subnet-0a1")
        #expect(nat.publicIp?.description == "3.3.3.3" && nat.privateIp?.description == "10.0.1.5", "the primary address")
        let regional = try #require(t.gateway("nat-0r"))
        #expect(regional.connectivity == .private && regional.availabilityMode == .regional && regional.subnet == nil)
        #expect(t.gateway("nat-0gone") == nil)
        #expect(t.gateway("vgw-0a")?.vpc == "vpc-0app" && t.gateway("vgw-0a")?.asn == 64512, "the attached VPC, not the detached one")
        #expect(t.gateway("cgw-0hq")?.asn == 65000 && t.gateway("cgw-0hq")?.publicIp?.description == "203.0.113.5")
    }

    @Test func vpnConnectionsEndOnTheirGateway() throws {
        let vgw = try #require(t.connection("vpn-0vgw"))
        #expect(vgw.type == .vpn && vgw.name == "hq-vpn" && vgw.between == ["vpc-0app"])
        #expect(vgw.vpnGateway == "vgw-0a" && vgw.customerGateway == "cgw-0hq")
        #expect(vgw.staticRoutes.map(\.description) == ["172.16.0.0/16"], "the deleted route is left out")
        let tgw = try #require(t.connection("vpn-0tgw"))
        #expect(tgw.between.isEmpty && tgw.vpnGateway == nil)
        #expect(t.connection("tgw-0hub")?.attachments.contains("vpn-0tgw") == true)
        #expect(t.connection("vpn-0old") == nil)
    }

    @Test func routesKeepEveryTargetKindBlackholesAndTheMainTable() throws {
        let main = try #require(t.routeTable("rtb-0main"))
        #expect(main.main && t.routeTable("rtb-0a2")?.main == false)
        #expect(main.routes.map { "\($0.destination)>\($0.target)\($0.isBlackhole ? " blackhole" : "")" } == [
            "10.0.0.0/16>local", "0.0.0.0/0>igw-0a", "pl-0office>tgw-0hub", "10.9.0.0/16>nat-0gone blackhole", "172.16.0.0/16>vgw-0a",
        ])
        #expect(t.routeTable("rtb-0a2")?.routes.map { "\($0.destination)>\($0.target)" } == [
            "10.0.0.0/16>local", "0.0.0.0/0>nat-0a", "::/0>eigw-0a", "10.1.0.0/16>pcx-0x", "10.2.0.0/16>i-0web",
            "10.3.0.0/16>eni-0lambda", "pl-63a5400a>vpce-0gw",
        ])
        #expect(t.routeTable(forSubnet: try #require(t.subnet("subnet-0a1")))?.table.id == "rtb-0main")
    }

    @Test func prefixListsMergeWhatThreeCallsSay() {
        #expect(t.prefixList("pl-0office")?.name == "office")
        #expect(t.prefixList("pl-0office")?.awsService == nil)
        #expect(t.prefixList("pl-0office")?.cidrs.map(\.description) == ["192.168.10.0/24", "192.168.20.0/24"])
        #expect(t.prefixList("pl-63a5400a")?.awsService == "com.amazonaws.us-east-1.s3")
        #expect(t.prefixList("pl-63a5400a")?.cidrs.map(\.description) == ["52.216.0.0/15", "54.231.0.0/16"])
        #expect(t.prefixList("pl-02cd2c6b")?.awsService == "com.amazonaws.us-east-1.dynamodb")
    }

    @Test func transitGatewayRouteTablesNameAttachmentsByWhatTheyAttach() throws {
        #expect(t.routeTables(ofTransitGateway: "tgw-0hub").map(\.id) == ["tgw-rtb-0main", "tgw-rtb-0edge"], "the deleted one is left out")
        let main = try #require(t.transitGatewayRouteTable("tgw-rtb-0main"))
        #expect(main.name == "main")
        #expect(main.associations == ["vpc-0app", "tgw-attach-0peer"], "a peering is named by its attachment")
        // The shared VPC's propagation names only its attachment: the VPC attachments say which VPC.
        #expect(main.propagations == ["vpc-0app", "vpc-0shared"], "the disabled VPN propagation is left out")
        #expect(main.routes.map(\.description) == ["10.50.0.0/16 → vpn-0tgw", "10.66.0.0/16 → blackhole", "pl-0office → vpc-0app"],
                "propagated routes follow from the propagations")
        // The id comes after the associations in this gathered object; Connect and ending ones are left out.
        #expect(t.transitGatewayRouteTable("tgw-rtb-0edge")?.associations == ["vpn-0tgw"])
    }

    @Test func vpcAttachmentsGiveTheirSubnetsAndApplianceMode() throws {
        let hub = try #require(t.connection("tgw-0hub"))
        #expect(hub.attachmentSubnets == ["vpc-0app": ["subnet-0a1", "subnet-0a2"], "vpc-0shared": ["subnet-0s1"]])
        #expect(hub.applianceMode == ["vpc-0app"])
        #expect(hub.attachments.contains("vpc-0shared"))
        #expect(t.connection("tgw-0far")?.attachmentSubnets == nil, "nothing said of the far gateway's attachments")
    }

    @Test func vpcAttributesSetTheDnsSettings() {
        #expect(t.vpc("vpc-0app")?.dnsSupport == true && t.vpc("vpc-0app")?.dnsHostnames == false)
        #expect(t.vpc("vpc-0shared")?.dnsSupport == nil && t.vpc("vpc-0shared")?.dnsHostnames == nil)
    }

    @Test func loadBalancersKeepTheirSecurityGroups() {
        #expect(t.loadBalancers.allSatisfy { $0.securityGroups == ["sg-0web"] })
    }

    @Test func theDescriptionReportsWhatWasReadAndWhatWasSkipped() throws {
        let report = try #require(t.description.split(separator: "\n").last.map(String.init))
        #expect(report.hasPrefix("snapshot: 23 files read (describe-vpcs, describe-subnets, describe-route-tables, "))
        #expect(report.contains("describe-managed-prefix-lists, describe-prefix-lists, "), "one key, two calls, told apart by content")
        #expect(report.contains("describe-vpc-attribute, get-transit-gateway-route-table-associations, "))
        #expect(report.hasSuffix("""
            3 skipped (111122223333/us-east-1/notes.txt: not JSON; 111122223333/us-east-1/other.json: no known top-level key; \
            111122223333/us-east-1/unnamed-assoc.json: get-transit-gateway-route-table-associations output that names no \
            TransitGatewayRouteTableId)
            """), "\(report)")
        #expect(!report.contains("manifest.json"), "linkscope's own manifest is neither read nor skipped")
    }
}
