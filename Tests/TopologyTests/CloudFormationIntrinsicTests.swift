import Testing
@testable import Importers
@testable import Topology

/// Intrinsic functions, parameters, pseudo parameters, conditions and mappings evaluate as
/// CloudFormation evaluates them; what cannot be known stays symbolic.
@Suite struct CloudFormationIntrinsicTests {
    static let template = """
        AWSTemplateFormatVersion: "2010-09-09"
        Parameters:
          Env: {Type: String, Default: prod, AllowedValues: [prod, dev]}
          Cidr: {Type: String, Default: 10.0.0.0/16}
          Zones: {Type: CommaDelimitedList, Default: "a, b,c"}
          Missing: {Type: AWS::EC2::VPC::Id}
          Ami: {Type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", Default: /aws/service/ami}
        Mappings:
          Net:
            prod: {Bits: "8", Count: "3"}
            dev: {Bits: "4", Count: "2"}
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
          NotProd: !Not [!Condition IsProd]
          Both: {"Fn::And": [{"Condition": "IsProd"}, !Equals [x, x]]}
          Either: !Or [!Condition NotProd, !Equals [a, b]]
          Unknown: !Equals [!Ref Missing, vpc-1]
        Resources:
          Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: !Ref Cidr}}
          Subnet:
            Type: AWS::EC2::Subnet
            Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: !Select [1, !GetAZs ""]}
        Outputs:
          Region: {Value: !Ref "AWS::Region"}
          Account: {Value: !Ref "AWS::AccountId"}
          Stack: {Value: !Ref "AWS::StackName"}
          Partition: {Value: !Sub "${AWS::Partition}.${AWS::URLSuffix}"}
          VpcRef: {Value: !Ref Vpc}
          VpcCidr: {Value: !GetAtt Vpc.CidrBlock}
          VpcCidrLong: {Value: {"Fn::GetAtt": ["Vpc", "CidrBlock"]}}
          SubnetZone: {Value: !GetAtt Subnet.AvailabilityZone}
          DefaultGroup: {Value: !GetAtt Vpc.DefaultSecurityGroup}
          Sub: {Value: !Sub "${Env}-${Vpc}-${Vpc.CidrBlock}-${!Literal}"}
          SubVars: {Value: !Sub ["${A}/${B}", {A: one, B: !Ref Env}]}
          Join: {Value: !Join [":", [a, !Ref Env, !Ref "AWS::NoValue", c]]}
          Select: {Value: !Select [2, !Ref Zones]}
          Split: {Value: !Split [",", "x,y,,z"]}
          AZs: {Value: !GetAZs ""}
          AZsOther: {Value: !GetAZs eu-west-1}
          Cidr: {Value: !Cidr [!Ref Cidr, !FindInMap [Net, !Ref Env, Count], !FindInMap [Net, prod, Bits]]}
          Cidr6: {Value: !Cidr ["2600:1f18::/56", 2, 64]}
          If: {Value: !If [IsProd, yes, no]}
          IfNot: {Value: !If [NotProd, yes, no]}
          Both: {Value: !If [Both, yes, no]}
          Either: {Value: !If [Either, yes, no]}
          Base64: {Value: !Base64 "hi"}
          Missing: {Value: !Ref Missing}
          MissingJoined: {Value: !Join ["-", [!Ref Missing, x]]}
          Ami: {Value: !Ref Ami}
          Import: {Value: !ImportValue other-Thing}
          Unknown: {Value: !If [Unknown, yes, no]}

        """

    @Test func everyFunctionEvaluates() throws {
        let out = try outputs(Self.template, file: "dir/app.template.yaml")
        #expect(out["Region"] == "us-east-1")
        #expect(out["Account"] == "123456789012")
        #expect(out["Stack"] == "app.template")
        #expect(out["Partition"] == "aws.amazonaws.com")
        #expect(out["VpcRef"] == "@Vpc")
        #expect(out["VpcCidr"] == "10.0.0.0/16")
        #expect(out["VpcCidrLong"] == "10.0.0.0/16")
        #expect(out["SubnetZone"] == "us-east-1b")
        #expect(out["DefaultGroup"] == "?GetAtt:Vpc.DefaultSecurityGroup")
        #expect(out["Sub"] == "prod-Vpc-10.0.0.0/16-${Literal}")
        #expect(out["SubVars"] == "one/prod")
        #expect(out["Join"] == "a:prod:c")
        #expect(out["Select"] == "c")
        #expect(out["Split"] == "[x, y, , z]")
        #expect(out["AZs"] == "[us-east-1a, us-east-1b, us-east-1c, us-east-1d, us-east-1e, us-east-1f]")
        #expect(out["AZsOther"] == "[eu-west-1a, eu-west-1b, eu-west-1c]")
        #expect(out["Cidr"] == "[10.0.0.0/24, 10.0.1.0/24, 10.0.2.0/24]")
        #expect(out["Cidr6"] == "[2600:1f18::/64, 2600:1f18:0:1::/64]")
        #expect(out["If"] == "yes")
        #expect(out["IfNot"] == "no")
        #expect(out["Both"] == "yes")
        #expect(out["Either"] == "no")
        #expect(out["Base64"] == "aGk=")
        #expect(out["Missing"] == "?Parameter:Missing")
        #expect(out["MissingJoined"] == "?Parameter:Missing-x")
        #expect(out["Ami"] == "?SSM:/aws/service/ami")
        #expect(out["Import"] == "?ImportValue:other-Thing")
        #expect(out["Unknown"] == "no")
    }

    @Test func overridesRegionAndAccountChangeTheValues() throws {
        let options = LoadOptions(parameters: ["Env": "dev", "Cidr": "172.16.0.0/12", "Zones": "p,q,r"], region: "eu-west-1",
                                  account: "111122223333")
        let out = try outputs(Self.template, options: options)
        #expect(out["Region"] == "eu-west-1")
        #expect(out["Account"] == "111122223333")
        #expect(out["VpcCidr"] == "172.16.0.0/12")
        #expect(out["SubnetZone"] == "eu-west-1b")
        #expect(out["Select"] == "r")
        #expect(out["Cidr"] == "[172.16.0.0/24, 172.16.1.0/24]")
        #expect(out["If"] == "no")
        #expect(out["Either"] == "yes")
    }

    @Test func aChinaRegionIsInItsOwnPartition() throws {
        let out = try outputs(oneVpc + "Outputs:\n  P: {Value: !Sub \"${AWS::Partition} ${AWS::URLSuffix}\"}\n",
                              options: LoadOptions(region: "cn-north-1"))
        #expect(out["P"] == "aws-cn amazonaws.com.cn")
    }

    @Test func aValueNotInAllowedValuesIsRefused() {
        let error = #expect(throws: LoadError.self) { try outputs(Self.template, options: LoadOptions(parameters: ["Env": "test"])) }
        #expect(error?.message.contains("--parameter Env=test: not one of its AllowedValues (prod, dev)") == true)
    }

    @Test func aParameterNoTemplateDeclaresIsRefusedWithASuggestion() {
        let error = #expect(throws: LoadError.self) { try outputs(Self.template, options: LoadOptions(parameters: ["Evn": "dev"])) }
        #expect(error?.message == "--parameter Evn: no template among the sources declares a parameter 'Evn'; did you mean 'Env'?")
    }

    @Test func unresolvedValuesWarnWithTheirPlace() throws {
        let model = try loadTemplate("""
            Parameters:
              VpcId: {Type: AWS::EC2::VPC::Id}
            Resources:
              Sg:
                Type: AWS::EC2::SecurityGroup
                Properties: {GroupDescription: x, VpcId: !Ref VpcId}
            Conditions:
              Odd: !Equals [!Ref VpcId, vpc-1]
            Outputs:
              O: {Value: !If [Odd, a, b]}

            """)
        #expect(model.warnings.map(\.description) == [
            "stack.yaml:6:46: warning: parameter 'VpcId' has no default and no value; it stays symbolic as 'Parameter:VpcId' (give one with --parameter VpcId=VALUE)",
            "stack.yaml:8:8: warning: condition 'Odd' depends on a value linkscope cannot resolve; it is taken as false",
        ])
        #expect(model.vpc("Parameter:VpcId")?.cidrs == [])
        #expect(model.securityGroups.first?.vpc == "Parameter:VpcId")
    }

    @Test func aConditionOnAnUnresolvedValueIsTakenAsFalseWithAWarning() throws {
        let model = try loadTemplate("""
            Parameters:
              Env: {Type: String}
            Conditions:
              IsProd: !Equals [!Ref Env, prod]
            Resources:
              Vpc: {Type: AWS::EC2::VPC, Condition: IsProd, Properties: {CidrBlock: 10.0.0.0/16}}
              Other: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.1.0.0/16}}

            """)
        #expect(model.vpcs.map(\.id) == ["Other"])
        #expect(model.warnings.map(\.description).contains("stack.yaml:4:11: warning: condition 'IsProd' depends on a value linkscope cannot resolve; it is taken as false"))
    }

    @Test(arguments: [
        ("Cidr: {Value: !Cidr [10.0.0.0/24, 4, 8]}", "Fn::Cidr: 10.0.0.0/24 holds only 1 networks of /24, not 4"),
        ("Cidr: {Value: !Cidr [10.0.0.0/24, 1, 9]}", "Fn::Cidr: 9 host bits do not fit in 10.0.0.0/24, a /24 (at most 8)"),
        ("Cidr: {Value: !Cidr [10.0.0.1/24, 1, 4]}", "Fn::Cidr: invalid CIDR '10.0.0.1/24': host bits are set"),
        ("Sel: {Value: !Select [5, [a, b]]}", "Fn::Select index 5 is past the end of a list of 2"),
        ("AZ: {Value: !GetAZs us-east-9}", "Fn::GetAZs: linkscope does not know the zones of region 'us-east-9'"),
        ("Map: {Value: !FindInMap [Net, prod, Bitz]}", "Fn::FindInMap: mapping 'Net', key 'prod' has no 'Bitz'; did you mean 'Bits'?"),
        ("Map: {Value: !FindInMap [Nett, prod, Bits]}", "Fn::FindInMap: no mapping 'Nett'; did you mean 'Net'?"),
        ("X: {Value: {\"Fn::Lenght\": [a]}}", "linkscope does not evaluate Fn::Lenght; did you mean 'Fn::Length'?"),
        ("J: {Value: !Join [\",\", notalist]}", "Fn::Join joins a list, found 'notalist'"),
    ])
    func aFunctionMisusedFailsAtItsPlace(output: String, message: String) {
        let text = """
            Mappings:
              Net: {prod: {Bits: "8"}}
            Resources:
              Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
            Outputs:
              \(output)

            """
        let error = #expect(throws: LoadError.self) { try outputs(text) }
        #expect(error?.message.hasPrefix("stack.yaml:6:") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
    }
}
