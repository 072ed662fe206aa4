import Foundation
import Testing
@testable import Importers
@testable import Topology

/// What a broken snapshot says: the file, line and column, and for a wrong shape the
/// JSON path. Nothing is half-loaded: any error fails the whole load.
@Suite struct SnapshotErrorTests {
    private func message(_ files: [String: String]) throws -> String? {
        try SnapshotFixtures.error(files)?.message
    }

    @Test func malformedJSONNamesFileLineAndColumn() throws {
        let root = try SnapshotFixtures.write(["us-east-1/vpcs.json": "{\n    \"Vpcs\": [\n        {\"VpcId\": \"vpc-1\",, }\n    ]\n}\n"])
        do {
            _ = try SnapshotFixtures.load(root)
            Issue.record("loaded")
        } catch {
            #expect(error.message == "\(root)/us-east-1/vpcs.json:3:27: JSON syntax: expected a member name in double quotes, found ',' (in Vpcs[0].VpcId)")
            #expect(error.exitCode == 65)
        }
    }

    @Test func truncatedFileSaysItEnds() throws {
        let text = try message(["us-east-1/x.json": "{\"Vpcs\": [{\"VpcId\": \"vpc-1\""])
        #expect(text?.hasSuffix("/us-east-1/x.json:1:28: JSON syntax: the file ends inside an object; expected ',' or '}' (in Vpcs[0].VpcId)") == true, "\(text ?? "")")
    }

    @Test func wrongShapeNamesTheJSONPath() throws {
        let endpoints = (0..<4).map { i in
            #"{"VpcEndpointId": "vpce-\#(i)", "VpcEndpointType": "Interface", "VpcId": "vpc-1", "SubnetIds": \#(i == 3 ? "\"subnet-1\"" : "[]")}"#
        }
        let text = try message([
            "us-east-1/e.json": "{\"VpcEndpoints\": [\n" + endpoints.joined(separator: ",\n") + "\n]}",
        ])
        #expect(text?.hasSuffix("/us-east-1/e.json:5:92: VpcEndpoints[3].SubnetIds: expected an array, found a string") == true, "\(text ?? "")")
    }

    @Test func missingIdNamesTheObject() throws {
        let text = try message(["us-east-1/s.json": #"{"Subnets": [{"SubnetId": "subnet-1", "VpcId": "vpc-1", "AvailabilityZone": "us-east-1a"}, {"VpcId": "vpc-1"}]}"#])
        #expect(text?.hasSuffix("s.json:1:92: Subnets[1]: missing \"SubnetId\"") == true, "\(text ?? "")")
    }

    @Test func unknownEnumValueListsTheKnownOnes() throws {
        let text = try message(["us-east-1/e.json": #"{"VpcEndpoints": [{"VpcEndpointId": "vpce-1", "VpcEndpointType": "Teleporter", "VpcId": "vpc-1"}]}"#])
        #expect(text?.contains("e.json:1:66: VpcEndpoints[0].VpcEndpointType: unknown endpoint type 'Teleporter'; linkscope knows interface, gateway, gateway-load-balancer, resource, service-network") == true, "\(text ?? "")")
    }

    @Test func badCidrSaysWhy() throws {
        let text = try message(["us-east-1/v.json": #"{"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.0.0.1/16"}]}"#])
        #expect(text?.contains("v.json:1:43: Vpcs[0].CidrBlock: '10.0.0.1/16' is not a CIDR: host bits are set") == true, "\(text ?? "")")
    }

    @Test func folderWithoutAWSOutputListsTheCommands() throws {
        let root = try SnapshotFixtures.write(["notes.txt": "hello", "other.json": #"{"Items": []}"#])
        do {
            _ = try SnapshotFixtures.load(root)
            Issue.record("loaded")
        } catch {
            #expect(error.exitCode == 65)
            #expect(error.message.hasPrefix("\(root): no AWS CLI output found (2 files looked at)"))
            #expect(error.message.contains("aws ec2 describe-vpc-endpoints --output json"))
            #expect(error.message.contains("aws elbv2 describe-load-balancers --output json"))
            #expect(error.message.contains("linkscope snapshot --out \(root)"))
        }
    }

    @Test func missingFolderIsUnreadable() {
        #expect(throws: LoadError(.unreadable, "/nonexistent/snap: no such file or folder")) {
            try SnapshotLoader.load(folders: ["/nonexistent/snap"])
        }
    }

    @Test func vpcWithoutAnyRegionEvidenceSaysHowToFixIt() throws {
        let text = try message(["vpcs.json": #"{"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/16"}]}"#])
        #expect(text?.contains("vpcs.json:1:11: cannot tell the region of VPC 'vpc-1'") == true, "\(text ?? "")")
        #expect(text?.contains("folder named after its region") == true)
    }

    @Test func invalidUTF8IsPlaced() throws {
        let root = try SnapshotFixtures.write([:])
        let url = URL(fileURLWithPath: root).appendingPathComponent("us-east-1")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data(Array(#"{"Vpcs": [{"VpcId": "vpc-1", "Tags": [{"Key": "Name", "Value": "caf"#.utf8) + [0xE9] + Array(#""}]}]}"#.utf8))
            .write(to: url.appendingPathComponent("v.json"))
        do {
            _ = try SnapshotFixtures.load(root)
            Issue.record("loaded")
        } catch {
            #expect(error.message.hasSuffix("v.json:1:68: JSON syntax: invalid UTF-8 (byte 0xE9); JSON must be UTF-8 text (in Vpcs[0].Tags[0].Value)"), "\(error.message)")
        }
    }

    @Test(.timeLimit(.minutes(1))) func deepNestingIsRefused() throws {
        let text = try message(["us-east-1/deep.json": "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"X\": " + String(repeating: "[", count: 100_000)])
        #expect(text?.contains("JSON syntax: nesting deeper than 512 levels") == true, "\(text ?? "")")
    }

    @Test func textAfterTheDocumentIsRefused() throws {
        let text = try message(["us-east-1/v.json": "{\"Vpcs\": []}\n{\"Vpcs\": []}\n"])
        #expect(text?.hasSuffix("v.json:2:1: JSON syntax: more text after the end of the JSON document") == true, "\(text ?? "")")
    }
}
