import Foundation
import Testing

/// Every command on CloudFormation templates: two stacks merge through their exports; one
/// stack alone warns at the place of each missing import and shows it symbolically;
/// `--strict` exits 65; the template options reach the templates.
@Suite struct CloudFormationCommandTests {
    static let network = """
        AWSTemplateFormatVersion: "2010-09-09"
        Description: Shared network
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties: {CidrBlock: 10.20.0.0/16, Tags: [{Key: Name, Value: shared}]}
          PrivateA:
            Type: AWS::EC2::Subnet
            Properties: {VpcId: !Ref Vpc, CidrBlock: 10.20.1.0/24, AvailabilityZone: !Select [0, !GetAZs ""]}
          PrivateRt: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}
          PrivateAssoc:
            Type: AWS::EC2::SubnetRouteTableAssociation
            Properties: {SubnetId: !Ref PrivateA, RouteTableId: !Ref PrivateRt}
          Logs: {Type: AWS::Logs::LogGroup}
        Outputs:
          VpcId: {Value: !Ref Vpc, Export: {Name: !Sub "${AWS::StackName}-VpcId"}}
          PrivateA: {Value: !Ref PrivateA, Export: {Name: !Sub "${AWS::StackName}-PrivateA"}}
          PrivateRt: {Value: !Ref PrivateRt, Export: {Name: !Sub "${AWS::StackName}-PrivateRt"}}

        """

    static let app = """
        AWSTemplateFormatVersion: "2010-09-09"
        Parameters:
          Network: {Type: String, Default: network}
        Resources:
          AppSg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: app
              VpcId: !ImportValue {"Fn::Sub": "${Network}-VpcId"}
          App:
            Type: AWS::EC2::Instance
            Properties:
              SubnetId: !ImportValue {"Fn::Sub": "${Network}-PrivateA"}
              SecurityGroupIds: [!Ref AppSg]
              PrivateIpAddress: 10.20.1.10
          S3Endpoint:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: !ImportValue {"Fn::Sub": "${Network}-VpcId"}
              ServiceName: !Sub "com.amazonaws.${AWS::Region}.s3"
              RouteTableIds: [!ImportValue {"Fn::Sub": "${Network}-PrivateRt"}]

        """

    /// The two templates, written as `network.yaml` and `app.yaml` in one folder.
    private func stacks() throws -> (network: String, app: String) {
        let network = try temporaryFile("network.yaml", Self.network)
        let app = (network as NSString).deletingLastPathComponent + "/app.yaml"
        try Self.app.write(toFile: app, atomically: true, encoding: .utf8)
        return (network, app)
    }

    @Test func showMergesTheStacksAndCountsWhatIsNotModelled() throws {
        let (network, app) = try stacks()
        let run = try linkscope("show", "--source", network, "--source", app)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout.hasPrefix("network + app\nsource: \(network), \(app)\n\nShared network\n"))
        #expect(run.stdout.contains("VPCs: 1\nsubnets: 1\nroute tables: 1\n"))
        #expect(run.stdout.contains("\nnot modelled: 1 resource of 1 type (AWS::Logs::LogGroup 1)\n"))
        let instance = try linkscope("show", "App", "--source", network, "--source", app)
        #expect(instance.stdout.contains("VPC                 Vpc (shared)"))
    }

    @Test func checkCompareMapAndTraceWorkOnTheMergedStacks() throws {
        let (network, app) = try stacks()
        let sources = ["--source", network, "--source", app]
        let check = try linkscope(arguments: ["check"] + sources)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let compare = try linkscope(arguments: ["compare", "Vpc", "s3"] + sources)
        #expect(compare.status == 0, "\(compare.stderr)")
        #expect(compare.stdout.contains("gateway-endpoint                ✓ built"))
        let map = try linkscope(arguments: ["map", "--format", "mermaid"] + sources)
        #expect(map.status == 0)
        #expect(map.stdout.contains("shared"))
        let trace = try linkscope(arguments: ["trace", "App", "s3", "--port", "443"] + sources)
        #expect(trace.status == 0, "\(trace.stdout)")
        #expect(trace.stdout.hasPrefix("reachable\n"))
        #expect(trace.stdout.contains("forward  route PrefixList:com.amazonaws.us-east-1.s3 → S3Endpoint"))
    }

    @Test func oneStackAloneWarnsAtEachImportAndShowsTheVpcAsSymbolic() throws {
        let (_, app) = try stacks()
        let run = try linkscope("show", "ImportValue:network-VpcId", "--source", app)
        #expect(run.status == 0)
        let warnings = run.stderr.split(separator: "\n")
        #expect(warnings.count == 4)
        #expect(warnings.first == "\(app):9:14: warning: no template among the sources exports 'network-VpcId'; its value stays symbolic as 'ImportValue:network-VpcId' (give the exporting template with another --source)")
        #expect(run.stdout.hasPrefix("VPC ImportValue:network-VpcId  ImportValue:network-VpcId\n"))
        #expect(run.stdout.contains("  CIDRs    -\n"))
        #expect(run.stdout.contains("instances        App"))
        let list = try linkscope("list", "vpcs", "--json", "--source", app)
        #expect(list.stdout.contains("\"id\": \"ImportValue:network-VpcId\""))
        #expect(list.stderr.split(separator: "\n").count == 4)
    }

    @Test func strictExits65WithEveryUnresolvedImport() throws {
        let (_, app) = try stacks()
        let run = try linkscope("show", "--source", app, "--strict")
        #expect(run.status == 65)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("\(app):9:14: no template among the sources exports 'network-VpcId'"))
        #expect(run.stderr.hasSuffix("\n--strict: 4 unresolved values, each an error\n"))
        let merged = try linkscope("show", "--source", app, "--source", try stacks().network, "--strict")
        #expect(merged.status == 0)
    }

    @Test func parameterRegionAndAccountReachTheTemplates() throws {
        let (network, app) = try stacks()
        let renamed = (network as NSString).deletingLastPathComponent + "/shared.yaml"
        try Self.network.write(toFile: renamed, atomically: true, encoding: .utf8)
        let run = try linkscope("list", "subnets", "--source", renamed, "--source", app, "--parameter", "Network=shared",
                                "--region", "eu-west-1", "--account", "111122223333")
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout.contains("PrivateA  PrivateA  Vpc  eu-west-1a  euw1-az1  10.20.1.0/24"))
        let vpcs = try linkscope("list", "vpcs", "--source", renamed, "--account", "111122223333", "--region", "eu-west-1")
        #expect(vpcs.stdout.contains("111122223333  eu-west-1"))
    }

    @Test func badTemplateOptionsAreRefused() throws {
        let (network, _) = try stacks()
        #expect(try linkscope("show", "--source", network, "--parameter", "NoEquals").status == 64)
        #expect(try linkscope("show", "--source", network, "--account", "12345").status == 64)
        #expect(try linkscope("show", "--source", network, "--region", "Mars").status == 64)
        let unknown = try linkscope("show", "--source", network, "--parameter", "Netwrok=x")
        #expect(unknown.status == 65)
        #expect(unknown.stderr == "--parameter Netwrok: no template among the sources declares a parameter 'Netwrok'; the templates declare no parameters\n")
    }

    @Test func aBadTemplateExits65AtThePlace() throws {
        let path = try temporaryFile("bad.yaml", Self.network.replacingOccurrences(of: "CidrBlock: 10.20.1.0/24", with: "CidrBlok: 10.20.1.0/24"))
        let run = try linkscope("list", "vpcs", "--source", path)
        #expect(run.status == 65)
        #expect(run.stderr == "\(path):9:35: AWS::EC2::Subnet has no property 'CidrBlok'; did you mean 'CidrBlock'?\n")
    }

    @Test func theExplorerShowsTheWarningsOnStderrAndRendersTheStack() throws {
        let (_, app) = try stacks()
        let run = try linkscope("render", "--size", "120x24", "--source", app)
        #expect(run.status == 0)
        #expect(run.stderr.split(separator: "\n").count == 4)
        #expect(run.stdout.contains("ImportValue:network-VpcId"))
    }
}
