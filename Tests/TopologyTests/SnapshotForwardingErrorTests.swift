import Testing
@testable import Importers
@testable import Topology

/// Broken output of the calls forwarding depends on fails the load (exit 65) naming the
/// file, line, column and JSON path, gathered lists included.
@Suite struct SnapshotForwardingErrorTests {
    private func message(_ name: String, _ text: String) throws -> String {
        let error = try #require(try SnapshotFixtures.error(["us-east-1/" + name: text]))
        #expect(error.exitCode == 65)
        return error.message
    }

    @Test func unknownProtocolInASecurityGroup() throws {
        let text = try message("sg.json", """
            {"SecurityGroups": [{"GroupId": "sg-1", "VpcId": "vpc-1",
              "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 1, "ToPort": 2}, {"IpProtocol": "tpc"}]}]}
            """)
        #expect(text.hasSuffix("sg.json:2:87: SecurityGroups[0].IpPermissions[1].IpProtocol: unknown IP protocol 'tpc'; AWS writes a name (tcp, udp, icmp, icmpv6), a number from 0 to 255, or -1 for all"), "\(text)")
    }

    @Test func aPortThatIsNotANumber() throws {
        let text = try message("sg.json", #"{"SecurityGroups": [{"GroupId": "sg-1", "VpcId": "vpc-1", "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 8.5}]}]}"#)
        #expect(text.hasSuffix("sg.json:1:111: SecurityGroups[0].IpPermissions[0].FromPort: '8.5' is not a whole number"), "\(text)")
    }

    @Test func aPermissionWithoutProtocolIsPlaced() throws {
        let text = try message("sg.json", #"{"SecurityGroups": [{"GroupId": "sg-1", "VpcId": "vpc-1", "IpPermissions": [{"FromPort": 1}]}]}"#)
        #expect(text.hasSuffix("sg.json:1:77: SecurityGroups[0].IpPermissions[0]: missing \"IpProtocol\""), "\(text)")
    }

    @Test func aNetworkAclEntryWithoutItsNumber() throws {
        let text = try message("acl.json", """
            {"NetworkAcls": [{"NetworkAclId": "acl-1", "VpcId": "vpc-1", "Entries": [
                {"RuleNumber": 100, "Protocol": "-1", "CidrBlock": "0.0.0.0/0", "RuleAction": "allow", "Egress": false},
                {"Protocol": "-1", "CidrBlock": "0.0.0.0/0", "RuleAction": "allow", "Egress": true}]}]}
            """)
        #expect(text.hasSuffix("acl.json:3:5: NetworkAcls[0].Entries[1]: missing \"RuleNumber\""), "\(text)")
    }

    @Test func anUnknownRuleAction() throws {
        let text = try message("acl.json", #"{"NetworkAcls": [{"NetworkAclId": "acl-1", "VpcId": "vpc-1", "Entries": [{"RuleNumber": 1, "Protocol": "6", "CidrBlock": "0.0.0.0/0", "RuleAction": "permit"}]}]}"#)
        #expect(text.hasSuffix("NetworkAcls[0].Entries[0].RuleAction: unknown rule action 'permit'; AWS writes allow or deny"), "\(text)")
    }

    @Test func anInstanceAddressThatIsNotOne() throws {
        let text = try message("i.json", #"{"Reservations": [{"Instances": [{"InstanceId": "i-1", "PrivateIpAddress": "10.0.0.256"}]}]}"#)
        #expect(text.hasSuffix("i.json:1:76: Reservations[0].Instances[0].PrivateIpAddress: '10.0.0.256' is not an IPv4 address"), "\(text)")
    }

    @Test func anUnknownNatConnectivity() throws {
        let text = try message("n.json", #"{"NatGateways": [{"NatGatewayId": "nat-1", "VpcId": "vpc-1", "ConnectivityType": "hybrid"}]}"#)
        #expect(text.contains("NatGateways[0].ConnectivityType: unknown NAT gateway connectivity type 'hybrid'; linkscope knows public, private"), "\(text)")
    }

    @Test func aGatheredListGivesThePathFromItsTop() throws {
        let text = try message("gathered.json", """
            [
              {"TransitGatewayRouteTableId": "tgw-rtb-1", "Associations": []},
              {"TransitGatewayRouteTableId": "tgw-rtb-2", "Associations": [{"ResourceId": 7}]}
            ]
            """)
        #expect(text.hasSuffix("gathered.json:3:79: [1].Associations[0].ResourceId: expected a string, found a number"), "\(text)")
    }

    @Test func aBadCidrInPrefixListEntries() throws {
        let text = try message("e.json", #"{"PrefixListId": "pl-1", "Entries": [{"Cidr": "192.168.1.0/33"}]}"#)
        #expect(text.contains("e.json:1:47: Entries[0].Cidr: '192.168.1.0/33' is not a CIDR"), "\(text)")
    }

    @Test func aTransitGatewayRouteTableWithoutItsGateway() throws {
        let text = try message("t.json", #"{"TransitGatewayRouteTables": [{"TransitGatewayRouteTableId": "tgw-rtb-1"}]}"#)
        #expect(text.hasSuffix("t.json:1:32: TransitGatewayRouteTables[0]: missing \"TransitGatewayId\""), "\(text)")
    }
}
