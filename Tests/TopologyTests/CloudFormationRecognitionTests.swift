import Foundation
import Testing
@testable import Importers
@testable import Topology

/// A template is recognised by what it holds, in YAML or JSON, whatever its name; other
/// formats are left to their importers. The shipped templates load as `sample:NAME`.
@Suite struct CloudFormationRecognitionTests {
    @Test(arguments: [
        "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}",
        "\"AWSTemplateFormatVersion\" : \"2010-09-09\"",
        "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {}}",
        "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n",
        "{\n  \"Resources\": {\"Vpc\": {\"Type\": \"AWS::EC2::VPC\"}}\n}",
        "Description: x\nResources:\n  Topic: {Type: 'AWS::SNS::Topic'}\n",
    ])
    func templatesAreRecognised(_ text: String) {
        #expect(CloudFormationImporter.looksLikeTemplate(text))
    }

    @Test(arguments: [
        "format: linkscope/v1\nname: x\nvpcs: []\n",
        "Resources:\n  - a list of things\n",
        "Type: AWS::EC2::VPC\n",
        "description: mentions AWSTemplateFormatVersion: in a sentence\n",
        "",
    ])
    func otherTextIsNot(_ text: String) {
        #expect(!CloudFormationImporter.looksLikeTemplate(text))
    }

    @Test func theRegistrySendsEachSourceToItsImporter() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("linkscope-cfn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let template = dir.appendingPathComponent("design.txt").path
        try oneVpc.write(toFile: template, atomically: true, encoding: .utf8)
        let native = dir.appendingPathComponent("native.yaml").path
        try "format: linkscope/v1\nvpcs:\n  - {id: vpc-n, region: us-east-1, cidrs: [10.9.0.0/16]}\n"
            .write(toFile: native, atomically: true, encoding: .utf8)
        let model = try ImporterRegistry.load([template, native])
        #expect(Set(model.vpcs.map(\.id)) == ["Vpc", "vpc-n"])
        #expect(model.vpc("Vpc")?.location?.file == template)
    }

    @Test func aSampleGroupIsItsNameWithoutTheLastPart() {
        #expect(CloudFormationSamples.group(of: "two-stack-network") == "two-stack")
        #expect(CloudFormationSamples.group(of: "privatelink-consumer") == "privatelink")
        #expect(CloudFormationSamples.group(of: "single") == nil)
    }

    /// Every shipped template and group loads; a group (network and app together) resolves
    /// every import, so it loads without a warning.
    @Test(arguments: CloudFormationSamples.names)
    func everyShippedTemplateLoads(_ name: String) throws {
        let model = try ImporterRegistry.load(["sample:\(name)"])
        #expect(!model.vpcs.isEmpty)
        if let files = CloudFormationSamples.files(named: name), files.count > 1 {
            #expect(model.warnings.isEmpty, "\(model.warnings)")
        }
    }

    /// The CloudFormation samples do not collide with the native ones.
    @Test func sampleNamesAreUnique() {
        #expect(Set(CloudFormationSamples.names).isDisjoint(with: Samples.names))
    }
}
