import Foundation
import Testing
@testable import Importers
@testable import Topology

/// Several templates load as one: exports and `Fn::ImportValue` join stacks; an import no
/// template exports warns at its place and leaves a symbolic placeholder, so one stack can
/// be explored alone; `--strict` refuses that.
@Suite struct CloudFormationStackTests {
    static let network = """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
          Subnet: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1a}}
          Group: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: shared, VpcId: !Ref Vpc}}
        Outputs:
          VpcId:
            Value: !Ref Vpc
            Export: {Name: !Sub "${AWS::StackName}-VpcId"}
          VpcCidr:
            Value: !GetAtt Vpc.CidrBlock
            Export: {Name: !Sub "${AWS::StackName}-VpcCidr"}
          SubnetId:
            Value: !Ref Subnet
            Export: {Name: network-SubnetId}

        """

    static let app = """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: app
              VpcId: !ImportValue network-VpcId
              SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: !ImportValue network-VpcCidr}]
          Server:
            Type: AWS::EC2::Instance
            Properties: {SubnetId: !ImportValue network-SubnetId, SecurityGroupIds: [!Ref Group]}

        """

    @Test func importsResolveToTheExportingStacksElements() throws {
        let model = try loadTemplates([("app.yaml", Self.app), ("network.yaml", Self.network)])
        #expect(model.warnings.isEmpty)
        #expect(model.vpcs.map(\.id) == ["Vpc"])
        let server = try #require(model.instances.first)
        #expect((server.vpc, server.subnet, server.securityGroups) == ("Vpc", "Subnet", ["app/Group"]))
        // Both templates call a group "Group": each is qualified by its stack's name.
        #expect(Set(model.securityGroups.map(\.id)) == ["app/Group", "network/Group"])
        #expect(model.securityGroups.first { $0.id == "app/Group" }?.ingress?.map(\.description) == ["tcp 80 10.0.0.0/16"])
        #expect(model.name == "app + network")
    }

    @Test func aMissingExportWarnsAtItsPlaceAndLeavesASymbolicVpc() throws {
        let model = try loadTemplate(Self.app, file: "app.yaml")
        #expect(model.warnings.map(\.description) == [
            "app.yaml:7:14: warning: no template among the sources exports 'network-VpcId'; its value stays symbolic as 'ImportValue:network-VpcId' (give the exporting template with another --source)",
            "app.yaml:8:82: warning: no template among the sources exports 'network-VpcCidr'; its value stays symbolic as 'ImportValue:network-VpcCidr' (give the exporting template with another --source)",
            "app.yaml:11:28: warning: no template among the sources exports 'network-SubnetId'; its value stays symbolic as 'ImportValue:network-SubnetId' (give the exporting template with another --source)",
        ])
        let vpc = try #require(model.vpc("ImportValue:network-VpcId"))
        #expect(vpc.name == "ImportValue:network-VpcId" && vpc.cidrs.isEmpty)
        // The imported subnet is placed in the VPC its instance's group is in.
        #expect(model.subnet("ImportValue:network-SubnetId")?.vpc == "ImportValue:network-VpcId")
        #expect(model.instances.first?.vpc == "ImportValue:network-VpcId")
        // A rule whose CIDR is unknown leaves the group's ingress unknown, not empty.
        #expect(model.securityGroups.first?.ingress == nil)
    }

    @Test func strictTurnsTheWarningsIntoOneError() throws {
        let path = try temporaryTemplate("app.yaml", Self.app)
        let error = #expect(throws: LoadError.self) { try ImporterRegistry.load([path], options: LoadOptions(strict: true)) }
        #expect(error?.exitCode == 65)
        #expect(error?.message.hasPrefix("\(path):7:14: no template among the sources exports 'network-VpcId'") == true)
        #expect(error?.message.split(separator: "\n").count == 4)
        #expect(error?.message.hasSuffix("\n--strict: 3 unresolved values, each an error") == true)
        #expect(try ImporterRegistry.load([path]).warnings.count == 3)
    }

    @Test func aMisspeltImportSuggestsTheExport() throws {
        let model = try loadTemplates([("network.yaml", Self.network),
                                       ("app.yaml", Self.app.replacingOccurrences(of: "network-SubnetId", with: "network-SubnetID"))])
        #expect(model.warnings.map(\.message).first?.contains("exports 'network-SubnetID' (did you mean 'network-SubnetId'?)") == true)
    }

    @Test func exportNamesAreUnique() {
        #expect(throws: LoadError.self) { try loadTemplates([("network.yaml", Self.network), ("copy.yaml", Self.network)]) }
        let error = #expect(throws: LoadError.self) { try loadTemplates([("a.yaml", Self.network), ("network.yaml", Self.network)]) }
        #expect(error?.message.hasPrefix("network.yaml:15:") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("export 'network-SubnetId' is already exported at a.yaml:15:") == true)
    }

    @Test func importsThatImportEachOtherAreACycle() {
        let a = """
            Resources:
              Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: !ImportValue b-cidr}}
            Outputs:
              Cidr: {Value: !ImportValue b-cidr, Export: {Name: a-cidr}}

            """
        let b = """
            Resources:
              Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
            Outputs:
              Cidr: {Value: !ImportValue a-cidr, Export: {Name: b-cidr}}

            """
        let error = #expect(throws: LoadError.self) { try loadTemplates([("a.yaml", a), ("b.yaml", b)]) }
        #expect(error?.message.contains("circular import: b-cidr → a-cidr → b-cidr") == true, "\(error?.message ?? "")")
    }

    @Test func aTemplateIsRecognisedByItsContentAndJoinsTheOtherSources() throws {
        let network = try temporaryTemplate("network.json", Self.networkJSON)
        let app = try temporaryTemplate("app.txt", Self.app)
        let model = try ImporterRegistry.load([app, network])
        #expect(model.warnings.isEmpty)
        #expect(model.subnet("Subnet")?.location?.description == "\(network):4:5")
        #expect(model.instances.first?.subnet == "Subnet")
    }

    /// The network stack in JSON, long forms only.
    static let networkJSON = """
        {
          "Resources": {
            "Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}},
            "Subnet": {
              "Type": "AWS::EC2::Subnet",
              "Properties": {"VpcId": {"Ref": "Vpc"}, "CidrBlock": {"Fn::Select": [0, {"Fn::Cidr": [{"Fn::GetAtt": ["Vpc", "CidrBlock"]}, 2, 8]}]},
                             "AvailabilityZone": {"Fn::Select": [0, {"Fn::GetAZs": ""}]}}
            }
          },
          "Outputs": {
            "VpcId": {"Value": {"Ref": "Vpc"}, "Export": {"Name": {"Fn::Sub": "${AWS::StackName}-VpcId"}}},
            "VpcCidr": {"Value": {"Fn::GetAtt": "Vpc.CidrBlock"}, "Export": {"Name": "network-VpcCidr"}},
            "SubnetId": {"Value": {"Ref": "Subnet"}, "Export": {"Name": {"Fn::Join": ["-", [{"Ref": "AWS::StackName"}, "SubnetId"]]}}}
          }
        }

        """

    private func temporaryTemplate(_ name: String, _ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("linkscope-cfn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
