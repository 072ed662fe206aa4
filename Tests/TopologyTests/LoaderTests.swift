import Foundation
import Testing
@testable import Importers
@testable import Topology

@Suite struct LoaderTests {
    @Test func loadsTheMinimalArchitecture() throws {
        let t = try load(minimal)
        #expect(t.name == "minimal")
        #expect(t.vpcs.count == 1 && t.subnets.count == 2 && t.endpoints.count == 2)
        #expect(t.subnet("subnet-a1")?.zoneId == "use1-az1")
        #expect(t.vpc("vpc-a")?.location == SourceLocation(file: "arch.yaml", line: 7, column: 9))
    }

    @Test func loadsJSONWithTheSameShape() throws {
        let json = """
        {"format": "linkscope/v1", "name": "j",
         "vpcs": [{"id": "vpc-j", "region": "eu-west-1", "cidrs": ["10.9.0.0/16"],
                   "subnets": [{"id":"subnet-j","zone":"eu-west-1a","cidr":"10.9.0.0/24"}]}]}
        """
        let t = try load(json, file: "arch.json")
        #expect(t.vpc("vpc-j")?.region == "eu-west-1")
        #expect(t.subnets(ofVpc: "vpc-j").map(\.id) == ["subnet-j"])
    }

    @Test func unknownReferenceNamesFileLineColumnAndKind() {
        let yaml = minimal + """
          - {id: ep-1, type: interface, vpc: vpc-404}
        """
        let error = loadError(yaml)
        #expect(error?.message == "arch.yaml:38:38: endpoint 'ep-1' refers to unknown VPC 'vpc-404'")
        #expect(error?.exitCode == 65)
    }

    @Test func referenceToTheWrongKindSaysWhatItIs() {
        let error = loadError(minimal + "  - {id: ep-1, type: interface, vpc: subnet-a1}\n")
        #expect(error?.message.contains("field vpc: 'subnet-a1' is a subnet, not a VPC") == true)
    }

    @Test func syntaxErrorHasLineAndColumn() {
        let error = loadError("format: linkscope/v1\nvpcs:\n  - id: [unclosed\n")
        #expect(error?.message.hasPrefix("arch.yaml:4:1: YAML syntax:") == true)
    }

    @Test func wrongTypeIsNamed() {
        let error = loadError("format: linkscope/v1\nvpcs:\n  - id: vpc-1\n    region: us-east-1\n    cidrs: 10.0.0.0/16\n")
        #expect(error?.message == "arch.yaml:5:12: 'cidrs' in VPC 'vpc-1' must be a list, found '10.0.0.0/16'")
    }

    @Test func unknownKeySuggestsTheClosestKnownOne() {
        let error = loadError("format: linkscope/v1\nvpcs:\n  - id: vpc-1\n    region: us-east-1\n    cidr: [10.0.0.0/16]\n")
        #expect(error?.message == "arch.yaml:5:5: unknown key 'cidr' in a VPC; did you mean 'cidrs'?")
    }

    @Test func unknownKeyFarFromAnyListsTheKnownOnes() {
        let error = loadError("format: linkscope/v1\nwidgets: []\n")
        #expect(error?.message.contains("unknown key 'widgets' in the architecture; known keys: format, name") == true)
    }

    @Test func unknownEnumValueListsTheValidOnes() {
        let error = loadError(minimal + "  - {id: ep-9, type: interfce, vpc: vpc-a}\n")
        #expect(error?.message.contains("unknown endpoint type 'interfce' (did you mean 'interface'?); expected one of: interface, gateway, gateway-load-balancer, resource, service-network") == true)
    }

    @Test func invalidCIDRSaysWhy() {
        let error = loadError("format: linkscope/v1\nvpcs:\n  - id: vpc-1\n    region: us-east-1\n    cidrs: [10.0.0.1/16]\n")
        #expect(error?.message == "arch.yaml:5:13: invalid CIDR '10.0.0.1/16' in VPC 'vpc-1': host bits are set; the network is 10.0.0.0/16")
    }

    @Test func duplicateIdPointsAtBothDefinitions() {
        let error = loadError(minimal + "  - {id: subnet-a1, type: interface, vpc: vpc-a}\n")
        #expect(error?.message == "arch.yaml:38:10: duplicate id 'subnet-a1': a subnet with this id is already defined at arch.yaml:13:14")
    }

    @Test func missingFormatAndWrongVersionAreRefused() {
        #expect(loadError("name: x\n")?.message == "arch.yaml:1:1: not a linkscope architecture: the file needs 'format: linkscope/v1' at the top")
        #expect(loadError("format: linkscope/v9\n")?.message == "arch.yaml:1:9: unsupported format 'linkscope/v9'; this linkscope reads linkscope/v1")
    }

    @Test func accountIdMustBeTwelveDigits() {
        let error = loadError("format: linkscope/v1\naccounts:\n  - id: 12345\n")
        #expect(error?.message.contains("account id '12345' must be 12 digits") == true)
    }

    @Test func peeringNeedsTwoEnds() {
        let error = loadError(minimal.replacingOccurrences(of: "endpoints:", with: """
        connections:
          - {id: pcx-1, type: vpc-peering, between: [vpc-a]}
        endpoints:
        """))
        #expect(error?.message.contains("vpc-peering 'pcx-1' needs 'between' with exactly two ids, found 1") == true)
    }

    @Test func missingFileIsUnreadable() {
        #expect(throws: LoadError(.unreadable, "/nonexistent/arch.yaml: no such file or folder")) {
            try NativeLoader.load(path: "/nonexistent/arch.yaml")
        }
    }
}
