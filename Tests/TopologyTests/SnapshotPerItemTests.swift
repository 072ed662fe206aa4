import Foundation
import Testing
@testable import Importers
@testable import Topology

/// Per-item output (one call per VPC, route table or prefix list) in both forms a
/// snapshot may hold it, the ids `linkscope snapshot` reads to plan those calls, and the
/// load report's wording.
@Suite struct SnapshotPerItemTests {
    private static let vpc = #"{"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/16"}]}"#
    private static let tgw = """
        {"TransitGatewayRouteTables": [{"TransitGatewayRouteTableId": "tgw-rtb-1", "TransitGatewayId": "tgw-1", "State": "available"}],
         "TransitGatewayAttachments": [{"TransitGatewayAttachmentId": "tgw-attach-1", "TransitGatewayId": "tgw-1",
                                         "ResourceType": "vpc", "ResourceId": "vpc-1", "State": "available"}]}
        """

    @Test func savedAndGatheredFormsLoadAlike() throws {
        let saved = try SnapshotFixtures.load(SnapshotFixtures.write([
            "us-east-1/v.json": Self.vpc, "us-east-1/t.json": Self.tgw,
            "us-east-1/a/tgw-rtb-1.json": """
                {
                    "TransitGatewayRouteTableId": "tgw-rtb-1",
                    "Associations": [{"TransitGatewayAttachmentId": "tgw-attach-1", "ResourceId": "vpc-1", "ResourceType": "vpc", "State": "associated"}]
                }
                """,
            "us-east-1/attr/vpc-1.enableDnsHostnames.json": #"{"EnableDnsHostnames": {"Value": true}, "VpcId": "vpc-1"}"#,
        ]))
        let gathered = try SnapshotFixtures.load(SnapshotFixtures.write([
            "us-east-1/v.json": Self.vpc, "us-east-1/t.json": Self.tgw,
            "us-east-1/everything-per-item.json": """
                [
                    {"Associations": [{"TransitGatewayAttachmentId": "tgw-attach-1", "State": "associated"}], "TransitGatewayRouteTableId": "tgw-rtb-1"},
                    {"VpcId": "vpc-1", "EnableDnsHostnames": {"Value": true}},
                    "a stray string",
                    {"Unrelated": 1}
                ]
                """,
        ]))
        for t in [saved, gathered] {
            #expect(t.transitGatewayRouteTable("tgw-rtb-1")?.associations == ["vpc-1"])
            #expect(t.vpc("vpc-1")?.dnsHostnames == true && t.vpc("vpc-1")?.dnsSupport == nil)
        }
    }

    @Test func aListOfNothingKnownIsSkipped() throws {
        let t = try SnapshotFixtures.load(SnapshotFixtures.write([
            "us-east-1/v.json": Self.vpc, "us-east-1/list.json": "[1, 2, {\"Items\": []}]", "us-east-1/empty-list.json": "[]",
        ]))
        #expect(t.description.hasSuffix("""
            snapshot: 1 file read (describe-vpcs), 2 skipped (us-east-1/empty-list.json: no known top-level key; \
            us-east-1/list.json: no known top-level key)
            """), "\(t.description)")
    }

    @Test func theReportCountsFilesPerCallAndNamesFiveSkippedFilesAtMost() {
        var report = SnapshotReport()
        report.add(.read(["describe-subnets"]), file: "eu-west-1/describe-subnets.json")
        report.add(.read(["describe-vpcs", "describe-subnets"]), file: "all.json")
        report.add(.manifest, file: "manifest.json")
        for i in 1...7 { report.add(.skipped("not JSON"), file: "n\(i).txt") }
        #expect(report.text == """
            snapshot: 2 files read (describe-vpcs, describe-subnets ×2), 7 skipped (n1.txt: not JSON; n2.txt: not JSON; \
            n3.txt: not JSON; n4.txt: not JSON; n5.txt: not JSON; and 2 more)
            """)
    }

    @Test func idsForPerItemCallsComeFromTheListOutput() throws {
        let root = try SnapshotFixtures.write([
            "vpcs.json": #"{"Vpcs": [{"CidrBlock": "10.0.0.0/16", "VpcId": "vpc-1"}, {"VpcId": "vpc-2", "Tags": [{"Key": "VpcId", "Value": "no"}]}]}"#,
            "tables.json": #"{"TransitGatewayRouteTables": [{"TransitGatewayRouteTableId": "tgw-rtb-1", "State": "available"}, {"TransitGatewayRouteTableId": "tgw-rtb-2", "State": "deleting"}]}"#,
            "lists.json": """
                {"PrefixLists": [{"PrefixListId": "pl-mine", "OwnerId": "111122223333", "State": "create-complete"},
                                 {"PrefixListId": "pl-aws", "OwnerId": "AWS"},
                                 {"PrefixListId": "pl-going", "OwnerId": "111122223333", "State": "delete-in-progress"}],
                 "NextToken": null}
                """,
        ])
        #expect(try SnapshotItemSource.vpcs.ids(inOutputAt: root + "/vpcs.json") == ["vpc-1", "vpc-2"])
        #expect(try SnapshotItemSource.transitGatewayRouteTables.ids(inOutputAt: root + "/tables.json") == ["tgw-rtb-1"])
        #expect(try SnapshotItemSource.customerPrefixLists.ids(inOutputAt: root + "/lists.json") == ["pl-mine"])
        #expect(throws: LoadError.self) { try SnapshotItemSource.vpcs.ids(inOutputAt: root + "/missing.json") }
    }

    @Test func perItemCallsSayHowToRunThem() {
        let lines = SnapshotCalls.perItem.map(\.commandLine)
        #expect(lines.contains("aws ec2 describe-vpc-attribute --vpc-id VPC_ID --attribute enableDnsSupport --output json"))
        #expect(lines.contains("aws ec2 search-transit-gateway-routes --transit-gateway-route-table-id ROUTE_TABLE_ID --filters Name=type,Values=static --output json"))
        #expect(SnapshotCalls.perItem.first { $0.command == "get-managed-prefix-list-entries" }?.perItem?.file(
            for: SnapshotCalls.perItem.last!, id: "pl-1") == "get-managed-prefix-list-entries/pl-1.json")
    }
}
