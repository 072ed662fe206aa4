import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func textGroupsBySeverityAndExitsOneOnErrors() throws {
        let run = try linkscope("check", "--source", "sample:saas-privatelink")
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("error (1)\n  endpoint-zone-not-served  vpce-073720d0da220d312 (initech-to-metricly)"))
        #expect(run.stdout.contains("\nwarning (1)\n  endpoint-not-available  vpce-02ce7510a9887e29a (umbrella-to-metricly)"))
        #expect(run.stdout.hasSuffix("2 findings: 1 error, 1 warning, 0 info\n"))
    }

    @Test func failOnDecidesTheExitStatus() throws {
        #expect(try linkscope("check", "--source", "sample:multi-region").status == 0)
        #expect(try linkscope("check", "--source", "sample:multi-region", "--fail-on", "warning").status == 1)
        #expect(try linkscope("check", "--source", "sample:hybrid-dx", "--fail-on", "warning").status == 0)
        #expect(try linkscope("check", "--fail-on", "fatal").status == 64)
    }

    @Test func jsonListsFindingsWithTheirFields() throws {
        let run = try linkscope("check", "--json", "--source", "sample:saas-privatelink")
        let object = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 2)
        for key in ["rule", "severity", "element", "elements", "message", "hint", "source"] {
            #expect(findings.allSatisfy { $0[key] != nil }, "\(key)")
        }
        #expect(try linkscope("check", "--format", "json", "--source", "sample:saas-privatelink").stdout == run.stdout)
    }

    @Test func ruleSelectsRulesAndUnknownRulesAreUsageErrors() throws {
        let run = try linkscope("check", "--rule", "endpoint-not-available", "--source", "sample:saas-privatelink")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("warning (1)"))
        let bad = try linkscope("check", "--rule", "endpoint-zone-not-serve")
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("did you mean 'endpoint-zone-not-served'?"))
    }

    @Test func sarifHasTheShapeCodeScanningReads() throws {
        let path = try temporaryFile("arch.yaml", """
        format: linkscope/v1
        vpcs:
          - id: vpc-1
            region: us-east-1
            cidrs: [10.0.0.0/16]
            subnets:
              - {id: s1, zone: us-east-1a, cidr: 10.9.0.0/24}
        """)
        let run = try linkscope("check", "--format", "sarif", "--source", path)
        #expect(run.status == 1)
        let log = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "linkscope")
        #expect((driver["rules"] as? [Any])?.count == 19)
        let result = try #require((runs[0]["results"] as? [[String: Any]])?.first)
        #expect(result["ruleId"] as? String == "subnet-outside-vpc")
        #expect(result["level"] as? String == "error")
        let location = try #require((result["locations"] as? [[String: Any]])?.first)
        let physical = try #require(location["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == path)
        #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == 7)
    }
}
