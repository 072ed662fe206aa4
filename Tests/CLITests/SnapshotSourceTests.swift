import Foundation
import Testing

/// The commands on a snapshot folder, as on a native file: same output shapes, same exit codes.
@Suite struct SnapshotSourceTests {
    private static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../TopologyTests/Fixtures/snapshot-two-accounts").standardizedFileURL.path

    @Test func listShowAndCompareWorkOnAFolder() throws {
        let list = try linkscope("list", "endpoints", "--json", "--source", Self.fixture)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("\"service\": \"vpce-svc-0api\""))
        let show = try linkscope("show", "api-from-eu", "--source", Self.fixture)
        #expect(show.status == 0)
        #expect(show.stdout.contains("load balancers behind  arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/net/api-nlb/50dc6c495c0c9188 (api-nlb)"))
        let compare = try linkscope("compare", "vpc-0c1", "vpc-0a1", "--source", Self.fixture)
        #expect(compare.status == 0, "\(compare.stderr)")
        #expect(compare.stdout.contains("interface-endpoint"))
    }

    @Test func showReportsWhatTheSnapshotHeldAndWhatWasSkipped() throws {
        let folder = URL(fileURLWithPath: Self.fixture).deletingLastPathComponent().appendingPathComponent("snapshot-forwarding").path
        let show = try linkscope("show", "--source", folder)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("\nsnapshot: 23 files read (describe-vpcs, describe-subnets, "))
        #expect(show.stdout.contains(", 3 skipped (111122223333/us-east-1/notes.txt: not JSON; "))
        #expect(show.stdout.contains("\nsecurity groups: 3\nnetwork ACLs: 2\ngateways: 7\n"), "\(show.stdout)")
        let json = try linkscope("show", "--json", "--source", folder)
        #expect(json.stdout.contains("\"transitGatewayRouteTables\": 2"))
        let sample = try linkscope("show", "--source", "sample:default")
        #expect(!sample.stdout.contains("security groups: 0"), "kinds a source does not have stay out of the text")
    }

    @Test func malformedForwardingOutputExits65WithTheFileAndPath() throws {
        let path = try temporaryFile("anything.json", """
            {"NetworkAcls": [{"NetworkAclId": "acl-1", "VpcId": "vpc-1",
              "Entries": [{"RuleNumber": 100, "Protocol": "-1", "CidrBlock": "0.0.0.0/0", "RuleAction": "allow", "Egress": "yes"}]}]}
            """)
        let run = try linkscope("list", "network-acls", "--source", (path as NSString).deletingLastPathComponent)
        #expect(run.status == 65)
        #expect(run.stderr == "\(path):2:112: NetworkAcls[0].Entries[0].Egress: expected true or false, found a string\n", "\(run.stderr)")
    }

    @Test func controlCharactersFromTagsArePrintedEscaped() throws {
        let list = try linkscope("list", "vpcs", "--source", Self.fixture)
        #expect(list.stdout.contains("consumer \\e[31mred"))
        #expect(!list.stdout.contains("\u{1B}"))
    }

    @Test func malformedJSONExits65WithFileLineColumn() throws {
        let path = try temporaryFile("describe-vpcs.json", "{\"Vpcs\": [\n  {\"VpcId\": \"vpc-1\" \"CidrBlock\": \"10.0.0.0/16\"}\n]}\n")
        let folder = (path as NSString).deletingLastPathComponent
        let run = try linkscope("list", "vpcs", "--source", folder)
        #expect(run.status == 65)
        #expect(run.stderr == "\(path):2:21: JSON syntax: expected ',' or '}' after an object member, found '\"' (in Vpcs[0].VpcId)\n")
    }

    @Test func folderWithoutAWSOutputExits65ListingTheCommands() throws {
        let path = try temporaryFile("readme.txt", "nothing here")
        let folder = (path as NSString).deletingLastPathComponent
        let run = try linkscope("list", "vpcs", "--source", folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("no AWS CLI output found (1 file looked at)"))
        #expect(run.stderr.contains("aws ec2 describe-vpcs --output json"))
    }

    @Test func theExplorerGroupsASnapshotByAccountAndRegion() throws {
        let run = try linkscope("render", "--size", "120x24", "--source", Self.fixture)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("▾ 444455556666  account"))
        #expect(run.stdout.contains("▾ eu-west-1  2 VPCs"))
    }
}
