import Testing
@testable import Importers
@testable import Topology

/// What a template leaves to AWS or to another source is said, at its place, never guessed.
@Suite struct CloudFormationWarningTests {
    @Test func whatTheModelCannotHoldIsAWarningAtItsPlace() throws {
        let model = try loadTemplate("""
            AWSTemplateFormatVersion: "2010-09-09"
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
              Anywhere: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24}}
              Loose: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: no vpc}}
              Stray: {Type: AWS::EC2::Instance, Properties: {ImageId: ami-1}}
              Assoc: {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {SubnetId: !Ref Anywhere, RouteTableId: rtb-0abc}}

            """)
        #expect(model.warnings.map(\.description) == [
            "stack.yaml:2:12: warning: Transform 'AWS::Serverless-2016-10-31' is not applied; what it would add to the template is not in the model",
            "stack.yaml:5:3: warning: AWS::EC2::Subnet 'Anywhere' names no AvailabilityZone: AWS picks one when it is created, so the model has none",
            "stack.yaml:8:108: warning: AWS::EC2::SubnetRouteTableAssociation 'Assoc' changes 'rtb-0abc' (RouteTableId), which no template among the sources defines; the change is not in the model",
            "stack.yaml:6:3: warning: AWS::EC2::SecurityGroup 'Loose' has no VpcId, so AWS creates it in the region's default VPC, which no template describes; it is placed in the symbolic 'DefaultVpc:us-east-1'",
            "stack.yaml:7:3: warning: AWS::EC2::Instance 'Stray' names no subnet, so AWS launches it in the default VPC, which no template describes; it is not in the model",
        ])
        #expect(model.subnet("Anywhere")?.zone == "")
        #expect(model.securityGroups.first?.vpc == "DefaultVpc:us-east-1")
        #expect(model.instances.isEmpty)
        #expect(model.routeTables.isEmpty)
    }

    @Test func aLiteralIdNamesAnElementOfAnotherSource() {
        let error = templateError("""
            Resources:
              Subnet: {Type: AWS::EC2::Subnet, Properties: {VpcId: vpc-0abc, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1a}}

            """)
        #expect(error == "stack.yaml:2:56: subnet 'Subnet' refers to unknown VPC 'vpc-0abc'")
    }
}
