import Foundation
import Testing
@testable import Importers
@testable import Topology

/// Bad templates fail with the place and what is wrong (exit 65), never a crash or a hang.
@Suite(.timeLimit(.minutes(1))) struct CloudFormationErrorTests {
    @Test(arguments: [
        // YAML syntax
        ("Resources:\n  Vpc: {Type: AWS::EC2::VPC\n", "stack.yaml:3:1: YAML syntax:"),
        // an unknown tag, with the short form meant
        ("Resources:\n  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: !Reff Cidr}}\n",
         "stack.yaml:2:54: unknown tag '!Reff'; did you mean '!Ref'?"),
        // an unknown section and a misspelt resource attribute
        ("Resource:\n  Vpc: {Type: AWS::EC2::VPC}\n", "stack.yaml:1:1: unknown key 'Resource' in a template; did you mean 'Resources'?"),
        ("Resources:\n  Vpc: {Type: AWS::EC2::VPC, Propertes: {}}\n",
         "stack.yaml:2:30: unknown key 'Propertes' in resource 'Vpc'; did you mean 'Properties'?"),
        // an unknown property of a mapped type
        ("Resources:\n  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlok: 10.0.0.0/16}}\n",
         "stack.yaml:2:43: AWS::EC2::VPC has no property 'CidrBlok'; did you mean 'CidrBlock'?"),
        // a Ref and a GetAtt to a missing logical id
        ("Resources:\n  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}\n  S: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vcp}}\n",
         "stack.yaml:3:51: Ref names 'Vcp', but the template has no parameter, resource or pseudo parameter of that name; did you mean 'Vpc'?"),
        ("Resources:\n  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: !GetAtt Vcp.CidrBlock}}\n",
         "stack.yaml:2:54: Fn::GetAtt names 'Vcp', but the template has no resource of that name; did you mean 'Vpc'?"),
        ("Resources:\n  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: !Sub '${Cidr}'}}\n",
         "stack.yaml:2:54: Ref names 'Cidr', but the template has no parameter, resource or pseudo parameter of that name"),
        ("Resources:\n  Vpc: {Type: AWS::EC2::VPC, DependsOn: [Igw]}\n",
         "stack.yaml:2:42: DependsOn of 'Vpc' names 'Igw', but the template has no resource of that name"),
        ("Resources:\n  Vpc: {Type: AWS::EC2::VPC, Condition: Prod}\n", "stack.yaml:2:41: unknown condition 'Prod'; the template has no Conditions"),
        // an attribute misspelt
        ("Resources:\n  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}\nOutputs:\n  O: {Value: !GetAtt Vpc.CidrBlok}\n",
         "stack.yaml:4:14: AWS::EC2::VPC has no attribute 'CidrBlok'; did you mean 'CidrBlock'?"),
        // circular references, named in full
        ("Resources:\n  A: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: !GetAtt B.GroupId}}\n  B: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: !Ref A}}\n",
         "stack.yaml:2:69: circular reference between resources: A → B → A (CloudFormation cannot create them: each needs another first)"),
        ("Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: x\n      SecurityGroupIngress: [{IpProtocol: tcp, SourceSecurityGroupId: !Ref Sg}]\n",
         "stack.yaml:6:71: circular reference between resources: Sg → Sg"),
        ("Conditions:\n  A: !Not [!Condition B]\n  B: !Not [!Condition A]\nResources:\n  Vpc: {Type: AWS::EC2::VPC, Condition: A}\n",
         "circular reference between conditions: A → B → A"),
        // a bad CIDR, and wrong-typed properties
        ("Resources:\n  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.1/16}}\n",
         "stack.yaml:2:54: invalid CIDR '10.0.0.1/16' in CidrBlock of AWS::EC2::VPC 'Vpc': host bits are set; the network is 10.0.0.0/16"),
        ("Resources:\n  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: [10.0.0.0/16]}}\n",
         "stack.yaml:2:54: CidrBlock of AWS::EC2::VPC 'Vpc' must be a single value, found a list"),
        ("Resources:\n  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16, EnableDnsSupport: maybe}}\n",
         "stack.yaml:2:85: EnableDnsSupport of AWS::EC2::VPC 'Vpc' must be true or false, found 'maybe'"),
        ("Resources:\n  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}\n  S: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: us-east-1a}}\n  E: {Type: AWS::EC2::VPCEndpoint, Properties: {VpcId: !Ref S, ServiceName: x}}\n",
         "stack.yaml:4:56: VpcId of AWS::EC2::VPCEndpoint 'E' names 'S', an AWS::EC2::Subnet; it takes AWS::EC2::VPC"),
        ("Resources:\n  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}\n  E: {Type: AWS::EC2::VPCEndpoint, Properties: {VpcId: !Ref Vpc, ServiceName: x, SubnetIds: !Ref Vpc}}\n",
         "stack.yaml:3:93: SubnetIds of AWS::EC2::VPCEndpoint 'E' must be a list, found resource 'Vpc'"),
        // a resource left out by its condition cannot be referred to
        ("Conditions:\n  No: !Equals [a, b]\nResources:\n  Vpc: {Type: AWS::EC2::VPC, Condition: No, Properties: {CidrBlock: 10.0.0.0/16}}\n  S: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24}}\n",
         "stack.yaml:5:51: 'Vpc' is left out of the stack (its condition 'No' is false)"),
        // shapes CloudFormation refuses
        ("AWSTemplateFormatVersion: '2012-01-01'\nResources:\n  Vpc: {Type: AWS::EC2::VPC}\n",
         "stack.yaml:1:27: AWSTemplateFormatVersion is '2012-01-01'; the only version is '2010-09-09'"),
        ("Resources:\n  my-vpc: {Type: AWS::EC2::VPC}\n", "stack.yaml:2:3: resource name 'my-vpc' must be alphanumeric"),
        ("Resources:\n  Vpc: {Properties: {}}\n", "stack.yaml:2:3: resource 'Vpc' needs 'Type'"),
        ("Resources: {}\n", "stack.yaml:1:12: 'Resources' is empty"),
    ])
    func aBadTemplateFailsAtThePlace(text: String, message: String) {
        let error = templateError("AWSTemplateFormatVersion: \"2010-09-09\"\n".appending(text).replacingOccurrences(
            of: "AWSTemplateFormatVersion: \"2010-09-09\"\nAWSTemplateFormatVersion", with: "AWSTemplateFormatVersion"))
        let shifted = Self.shifted(message, by: text.hasPrefix("AWSTemplateFormatVersion") ? 0 : 1)
        #expect(error?.contains(shifted) == true, "\(error ?? "loaded")\nexpected: \(shifted)")
    }

    /// The same message with its line moved down by `lines` (the version line the test adds).
    private static func shifted(_ message: String, by lines: Int) -> String {
        guard message.hasPrefix("stack.yaml:"), let line = Int(message.split(separator: ":")[1]) else { return message }
        return message.replacingOccurrences(of: "stack.yaml:\(line):", with: "stack.yaml:\(line + lines):")
    }

    /// Every prefix of a template that loads: each is a template, a placed error or a load;
    /// never a crash or a hang.
    @Test func everyTruncationOfATemplateEndsCleanly() {
        let bytes = Array(CloudFormationStackTests.network.utf8) + Array(CloudFormationStackTests.networkJSON.utf8)
        for end in 0...bytes.count {
            do {
                _ = try NetworkModel(merging: [CloudFormationImporter.load([("cut.yaml", Array(bytes[..<end]))],
                                                                           options: LoadOptions())])
            } catch {
                #expect(error.exitCode == 65)
                #expect(error.message.hasPrefix("cut.yaml:"), "\(end): \(error.message)")
            }
        }
    }

    @Test func anAliasBombStopsWithAnError() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...12 { text += "\(Character(UnicodeScalar(97 + i)!)): &\(Character(UnicodeScalar(97 + i)!)) [*\(Character(UnicodeScalar(96 + i)!)), *\(Character(UnicodeScalar(96 + i)!)), *\(Character(UnicodeScalar(96 + i)!)), *\(Character(UnicodeScalar(96 + i)!))]\n" }
        text += "Resources:\n  Vpc: {Type: AWS::EC2::VPC}\n"
        let error = templateError(text)
        #expect(error?.contains("expands to far more nodes than it has bytes") == true, "\(error ?? "loaded")")
    }

    @Test func aChainOfConditionsTooDeepIsRefusedNotACrash() {
        var text = "Conditions:\n  C0: !Equals [a, a]\n"
        for i in 1...3000 { text += "  C\(i): !Not [!Condition C\(i - 1)]\n" }
        text += "Resources:\n  Vpc: {Type: AWS::EC2::VPC, Condition: C3000, Properties: {CidrBlock: 10.0.0.0/16}}\n"
        let error = templateError(text)
        #expect(error?.contains("values nest or refer to each other more than 400 levels deep") == true, "\(error ?? "loaded")")
    }

    @Test func valuesNestedTooDeeplyAreRefusedNotACrash() {
        let nested = String(repeating: "[", count: 900) + String(repeating: "]", count: 900)
        let error = templateError(oneVpc + "Metadata:\n  Deep: \(nested)\n")
        #expect(error?.contains("values nest more than 200 levels deep") == true, "\(error ?? "loaded")")
    }

    @Test func aTemplateLargerThanCloudFormationAcceptsIsRefused() {
        let text = oneVpc + "Metadata:\n  Pad: '" + String(repeating: "x", count: 1_048_576) + "'\n"
        #expect(templateError(text)?.hasPrefix("stack.yaml:1:1: the template is") == true)
    }
}
