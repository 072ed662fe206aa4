import Testing
@testable import Importers
@testable import Topology

/// A file that uses every key of the trace's elements loads with the values it wrote.
@Suite struct NativeForwardingTests {
    let t: NetworkModel

    init() throws { t = try load(NativeForwardingFixture.everyKey) }

    @Test func routeTablesKnowTheMainOneAndBlackholes() throws {
        let main = try #require(t.routeTable("rtb-main"))
        #expect(main.main && t.routeTable("rtb-public")?.main == false)
        #expect(main.routes.map(\.isBlackhole) == [false, true])
        #expect(t.routeTable("rtb-public")?.routes.first?.isBlackhole == false)
        let unlisted = try #require(t.subnet("subnet-a1"))
        #expect(t.routeTable(forSubnet: unlisted)?.table.id == "rtb-main")
    }

    /// The main table and the default ACL also serve the subnets no other lists; the
    /// inspector and `list` show those, or a default ACL would seem to guard nothing.
    @Test func mainTableAndDefaultAclServeTheUnlistedSubnets() throws {
        let main = try #require(t.routeTable("rtb-main")), routed = try #require(t.routeTable("rtb-public"))
        #expect(t.implicitSubnets(ofRouteTable: main) == ["subnet-a1"])
        #expect(t.implicitSubnets(ofRouteTable: routed) == [])
        let byDefault = try #require(t.networkAcl("acl-default")), listed = try #require(t.networkAcl("acl-public"))
        #expect(t.implicitSubnets(ofNetworkAcl: byDefault) == ["subnet-a1"])
        #expect(t.implicitSubnets(ofNetworkAcl: listed) == [])
        let implicit = t.fields(of: .networkAcl(byDefault)).first { $0.key == "implicitSubnets" }
        guard case .refs(let ids) = implicit?.value else { Issue.record("no implicit subnets field"); return }
        #expect(ids == ["subnet-a1"])
        #expect(!t.fields(of: .networkAcl(listed)).contains { $0.key == "implicitSubnets" })
    }

    @Test func securityGroupRulesKeepProtocolPortsPeerAndNote() throws {
        let web = try #require(t.securityGroup("sg-web"))
        #expect(web.name == "web" && web.description == "web tier" && web.vpc == "vpc-a")
        #expect(web.ingress == [
            SecurityGroupRule(ipProtocol: .tcp, ports: PortRange(443, 443), peer: .cidr(CIDR("0.0.0.0/0")!), note: "https"),
            SecurityGroupRule(ipProtocol: .tcp, ports: .ephemeral, peer: .group("sg-app")),
            SecurityGroupRule(ipProtocol: .icmp, ports: nil, peer: .prefixList("pl-corp")),
        ])
        #expect(web.egress == [])
        let app = try #require(t.securityGroup("sg-app"))
        #expect(app.ingress == nil, "left out means unknown, not none")
        #expect(app.egress == [SecurityGroupRule(ipProtocol: .all, ports: nil, peer: .cidr(CIDR("0.0.0.0/0")!))])
    }

    @Test func networkAclsKeepNumberedEntriesPerDirection() throws {
        let acl = try #require(t.networkAcl("acl-public"))
        #expect(acl.name == "public" && !acl.isDefault && acl.subnets == ["subnet-a2"])
        #expect(acl.entries(egress: false).map(\.description) == ["#100 allow tcp 443 0.0.0.0/0", "#200 deny 47 10.0.0.0/8"])
        #expect(acl.entries(egress: true).map(\.description) == ["#100 allow udp 1024-65535 0.0.0.0/0"])
        let other = try #require(t.subnet("subnet-a1"))
        #expect(t.networkAcl(forSubnet: other)?.id == "acl-default")
    }

    @Test func gatewaysKeepTheirTypeAndNatOptions() throws {
        let nat = try #require(t.gateway("nat-a"))
        #expect(nat.type == .nat && nat.vpc == "vpc-a" && nat.subnet == "subnet-a2")
        #expect(nat.connectivity == .public && nat.availabilityMode == .zonal, "the defaults")
        #expect(nat.publicIp == IPv4Address("52.1.2.3") && nat.privateIp == IPv4Address("10.0.2.10"))
        let regional = try #require(t.gateway("nat-r"))
        #expect(regional.connectivity == .private && regional.availabilityMode == .regional && regional.subnet == nil)
        #expect(t.gateway("igw-a")?.state == "attached" && t.gateway("igw-a")?.name == "igw")
        #expect(t.gateway("vgw-a")?.asn == 64512 && t.gateway("vgw-a")?.connectivity == nil)
        let cgw = try #require(t.gateway("cgw-1"))
        #expect(cgw.type == .customer && cgw.vpc == nil && cgw.asn == 4_200_000_000 && cgw.publicIp == IPv4Address("203.0.113.10"))
        #expect(t.gateway("eigw-a")?.type == .egressOnlyInternet)
    }

    @Test func instancesAndInterfacesTakeTheirSubnetsVpc() throws {
        let web = try #require(t.instance("i-web"))
        #expect(web.vpc == "vpc-a" && web.subnet == "subnet-a1" && web.name == "web" && web.state == "stopped")
        #expect(web.privateIps == [IPv4Address("10.0.1.10")!] && web.publicIp == IPv4Address("54.1.2.3"))
        #expect(web.securityGroups == ["sg-web"])
        let multi = try #require(t.instance("i-multi"))
        #expect(multi.vpc == "vpc-b" && multi.privateIps.map(\.description) == ["10.1.1.11", "10.1.1.12"] && multi.state == "running")
        let eni = try #require(t.networkInterface("eni-nat"))
        #expect(eni.vpc == "vpc-a" && eni.interfaceType == "natGateway" && eni.owner == "nat-a")
        #expect(t.networkInterface("eni-web")?.interfaceType == "interface")
        #expect(t.networkInterfaces(ownedBy: "i-web").map(\.id) == ["eni-web"])
        #expect(t.element(atPrivateIp: IPv4Address("10.0.1.10")!)?.id == "i-web")
        #expect(t.members(ofSecurityGroup: "sg-web").map(\.id).sorted() == ["i-web"])
    }

    @Test func prefixListsAndLoadBalancerGroups() {
        #expect(t.prefixList("pl-corp")?.cidrs.map(\.description) == ["192.168.0.0/16", "172.16.0.0/12"])
        #expect(t.prefixList("pl-corp")?.awsService == nil)
        #expect(t.prefixList("pl-s3")?.awsService == "com.amazonaws.us-east-1.s3")
        #expect(t.loadBalancer("nlb-1")?.securityGroups == ["sg-web"])
    }

    @Test func connectionsKeepAttachmentSubnetsAndVpnEnds() throws {
        let tgw = try #require(t.connection("tgw-1"))
        #expect(tgw.attachmentSubnets == ["vpc-a": ["subnet-a1", "subnet-a2"], "vpc-b": ["subnet-b1"]])
        let vpn = try #require(t.connection("vpn-1"))
        #expect(vpn.customerGateway == "cgw-1" && vpn.vpnGateway == nil && vpn.staticRoutes == [CIDR("192.168.0.0/16")!])
        #expect(t.connection("vpn-2")?.vpnGateway == "vgw-a")
        #expect(t.connection("vpn-2")?.attachmentSubnets == nil)
    }

    @Test func transitGatewayRouteTablesKeepRoutesAndBlackholes() throws {
        let table = try #require(t.transitGatewayRouteTable("tgw-rtb-1"))
        #expect(table.name == "spokes" && table.transitGateway == "tgw-1")
        #expect(table.associations == ["vpc-a", "vpc-b"] && table.propagations == ["vpc-a", "vpn-1"])
        #expect(table.routes.map(\.description) == ["0.0.0.0/0 → vpc-a", "10.99.0.0/16 → blackhole", "pl-corp → vpn-1"])
        #expect(t.routeTables(ofTransitGateway: "tgw-1").map(\.id) == ["tgw-rtb-1"])
    }

    @Test func aSubnetInAnotherFileOfTheSameLoadPlacesTheInstance() throws {
        let network = try NativeLoader.load(bytes: Array(NativeForwardingFixture.document().utf8), file: "network.yaml")
        let workload = """
        format: linkscope/v1
        instances:
          - {id: i-far, subnet: subnet-b2, privateIp: 10.1.2.20}

        """
        var loaded = [network, try NativeLoader.load(bytes: Array(workload.utf8), file: "workload.yaml")]
        #expect(loaded[1].instances.first?.vpc == "", "the decoder cannot know another file's subnet")
        try NativePlacement.place(&loaded)
        #expect(try NetworkModel(merging: loaded).instance("i-far")?.vpc == "vpc-b")
        var outside = [network, try NativeLoader.load(bytes: Array(workload.replacingOccurrences(of: "10.1.2.20", with: "10.1.3.20").utf8),
                                                      file: "workload.yaml")]
        #expect(throws: LoadError(.malformed, "workload.yaml:3:10: instance 'i-far' has private IP 10.1.3.20, outside its subnet 'subnet-b2' (10.1.2.0/24) (subnet defined at network.yaml:15:14)")) {
            try NativePlacement.place(&outside)
        }
    }
}
