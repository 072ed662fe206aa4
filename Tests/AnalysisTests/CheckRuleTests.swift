import Testing
@testable import Importers
import Topology
@testable import Analysis

/// A clean architecture: a provider VPC with an NLB-backed service, a peered consumer VPC
/// with an interface endpoint in two zones and an S3 gateway endpoint. No rule fires on it.
let cleanArchitecture = """
format: linkscope/v1
vpcs:
  - id: vpc-p
    region: us-east-1
    cidrs: [10.0.0.0/16]
    subnets:
      - {id: p1, zone: us-east-1a, zoneId: use1-az1, cidr: 10.0.1.0/24}
      - {id: p2, zone: us-east-1b, zoneId: use1-az2, cidr: 10.0.2.0/24}
    routeTables:
      - {id: rtb-p, subnets: [p1, p2], routes: [{destination: 10.1.0.0/16, target: pcx-1}]}
  - id: vpc-c
    region: us-east-1
    cidrs: [10.1.0.0/16]
    dnsHostnames: true
    subnets:
      - {id: c1, zone: us-east-1a, zoneId: use1-az1, cidr: 10.1.1.0/24}
      - {id: c2, zone: us-east-1b, zoneId: use1-az2, cidr: 10.1.2.0/24}
    routeTables:
      - {id: rtb-c, subnets: [c1, c2], routes: [{destination: 10.0.0.0/16, target: pcx-1}]}
loadBalancers:
  - {id: nlb, type: network, vpc: vpc-p, subnets: [p1, p2]}
services:
  - {id: svc, kind: endpoint-service, type: interface, region: us-east-1, loadBalancers: [nlb]}
  - {id: com.amazonaws.us-east-1.s3, region: us-east-1}
endpoints:
  - {id: ep-i, type: interface, vpc: vpc-c, service: svc, subnets: [c1, c2], privateDns: true}
  - {id: ep-g, type: gateway, vpc: vpc-c, service: com.amazonaws.us-east-1.s3, routeTables: [rtb-c]}
connections:
  - {id: pcx-1, type: vpc-peering, between: [vpc-p, vpc-c]}

"""

func findings(_ yaml: String) throws -> [Finding] {
    Checks.run(try NetworkModel(merging: [NativeLoader.load(bytes: Array(yaml.utf8), file: "arch.yaml")]))
}

/// One way to break the clean architecture, and the rule that must then fire.
struct Breakage: Sendable, CustomTestStringConvertible {
    let rule: String
    let severity: Severity
    let element: String
    let edits: [(String, String)]
    var testDescription: String { rule }

    func apply(to yaml: String) -> String {
        edits.reduce(yaml) { text, edit in
            precondition(text.contains(edit.0), "the clean architecture has no '\(edit.0)'")
            return text.replacingOccurrences(of: edit.0, with: edit.1)
        }
    }
}

let breakages: [Breakage] = [
    Breakage(rule: "endpoint-zone-not-served", severity: .error, element: "ep-i", edits: [
        ("      - {id: c2, zone: us-east-1b, zoneId: use1-az2, cidr: 10.1.2.0/24}",
         "      - {id: c2, zone: us-east-1b, zoneId: use1-az2, cidr: 10.1.2.0/24}\n      - {id: c3, zone: us-east-1c, zoneId: use1-az3, cidr: 10.1.3.0/24}"),
        ("subnets: [c1, c2], privateDns", "subnets: [c1, c2, c3], privateDns")]),
    Breakage(rule: "private-dns-needs-vpc-dns", severity: .error, element: "ep-i",
             edits: [("dnsHostnames: true", "dnsHostnames: false")]),
    Breakage(rule: "endpoint-not-available", severity: .error, element: "ep-i",
             edits: [("privateDns: true}", "privateDns: true, state: rejected}")]),
    Breakage(rule: "endpoint-not-available", severity: .warning, element: "ep-i",
             edits: [("privateDns: true}", "privateDns: true, state: pending-acceptance}")]),
    Breakage(rule: "gateway-endpoint-service", severity: .error, element: "ep-q", edits: [
        ("  - {id: ep-g,", "  - {id: ep-q, type: gateway, vpc: vpc-c, service: com.amazonaws.us-east-1.sqs, routeTables: [rtb-c]}\n  - {id: ep-g,"),
        ("  - {id: com.amazonaws.us-east-1.s3", "  - {id: com.amazonaws.us-east-1.sqs}\n  - {id: com.amazonaws.us-east-1.s3")]),
    Breakage(rule: "gateway-endpoint-no-route-table", severity: .warning, element: "ep-g",
             edits: [(", routeTables: [rtb-c]}", "}")]),
    Breakage(rule: "endpoint-type-mismatch", severity: .error, element: "ep-i",
             edits: [("{id: nlb, type: network", "{id: nlb, type: gateway")]),
    Breakage(rule: "endpoint-type-mismatch", severity: .error, element: "ep-i",
             edits: [("{id: ep-i, type: interface", "{id: ep-i, type: gateway-load-balancer")]),
    Breakage(rule: "peering-overlapping-cidrs", severity: .error, element: "pcx-1", edits: [
        ("cidrs: [10.1.0.0/16]", "cidrs: [10.1.0.0/16, 10.0.128.0/17]")]),
    Breakage(rule: "peering-missing-route", severity: .warning, element: "pcx-1",
             edits: [("routes: [{destination: 10.0.0.0/16, target: pcx-1}]", "routes: []")]),
    Breakage(rule: "transit-gateway-overlapping-cidrs", severity: .warning, element: "tgw-1", edits: [
        ("connections:\n", "connections:\n  - {id: tgw-1, type: transit-gateway, attachments: [vpc-p, vpc-x]}\n"),
        ("loadBalancers:\n", "  - {id: vpc-x, region: us-east-1, cidrs: [10.0.0.0/20]}\nloadBalancers:\n")]),
    Breakage(rule: "transit-gateway-appliance-mode", severity: .warning, element: "tgw-1", edits: [
        ("connections:\n", "connections:\n  - {id: tgw-1, type: transit-gateway, attachments: [vpc-p, vpc-c]}\n"),
        ("loadBalancers:\n", "loadBalancers:\n  - {id: gwlb, type: gateway, vpc: vpc-c, subnets: [c1, c2]}\n")]),
    Breakage(rule: "network-overlapping-cidrs", severity: .warning, element: "dc", edits: [
        ("between: [vpc-p, vpc-c]}\n", "between: [vpc-p, vpc-c]}\n  - {id: vpn-1, type: vpn, between: [vpc-c]}\nnetworks:\n  - {id: dc, cidrs: [10.1.0.0/20], via: [vpn-1]}\n")]),
    Breakage(rule: "unsupported-consumer-region", severity: .error, element: "ep-i", edits: [
        ("  - id: vpc-c\n    region: us-east-1", "  - id: vpc-c\n    region: eu-west-1")]),
    Breakage(rule: "subnet-outside-vpc", severity: .error, element: "c2",
             edits: [("zoneId: use1-az2, cidr: 10.1.2.0/24", "zoneId: use1-az2, cidr: 10.9.2.0/24")]),
    Breakage(rule: "subnet-overlap", severity: .error, element: "c2",
             edits: [("zoneId: use1-az2, cidr: 10.1.2.0/24", "zoneId: use1-az2, cidr: 10.1.1.128/25")]),
    Breakage(rule: "service-load-balancer-type", severity: .error, element: "svc",
             edits: [("{id: nlb, type: network", "{id: nlb, type: application")]),
    Breakage(rule: "load-balancer-shared", severity: .error, element: "nlb", edits: [
        ("  - {id: com.amazonaws.us-east-1.s3", "  - {id: svc-2, kind: endpoint-service, loadBalancers: [nlb]}\n  - {id: com.amazonaws.us-east-1.s3")]),
    Breakage(rule: "single-zone-endpoint", severity: .warning, element: "ep-i",
             edits: [("subnets: [c1, c2], privateDns", "subnets: [c1], privateDns")]),
    Breakage(rule: "service-without-consumers", severity: .info, element: "svc",
             edits: [("service: svc, subnets", "service: com.amazonaws.us-east-1.s3, subnets")]),
    Breakage(rule: "connection-not-active", severity: .info, element: "pcx-1",
             edits: [("between: [vpc-p, vpc-c]}", "between: [vpc-p, vpc-c], state: pending-acceptance}")]),
]

@Suite struct CheckRuleTests {
    @Test func theCleanArchitectureHasNoFindings() throws {
        #expect(try findings(cleanArchitecture).isEmpty)
    }

    @Test(arguments: breakages)
    func eachRuleFiresOnItsBreakage(_ breakage: Breakage) throws {
        let yaml = breakage.apply(to: cleanArchitecture)
        let model = try NetworkModel(merging: [NativeLoader.load(bytes: Array(yaml.utf8), file: "arch.yaml")])
        let found = Checks.run(model)
        // The explorer trusts `about` to skip markers on other kinds before the checks run.
        for finding in found {
            #expect(model.element(finding.element)?.kind == Rules.rule(finding.rule)?.about, "\(finding.rule) on \(finding.element)")
        }
        let hit = found.first { $0.rule == breakage.rule }
        #expect(hit?.severity == breakage.severity)
        #expect(hit?.element == breakage.element)
        #expect(hit.map { !$0.hint.isEmpty && $0.source.hasPrefix("https://docs.aws.amazon.com/") } == true)
    }

    @Test func everyRuleHasABreakageTest() {
        #expect(Set(breakages.map(\.rule)) == Set(Rules.all.map(\.id)))
    }

    @Test func messagesNameTheElementsInvolved() throws {
        let found = try findings(breakages[0].apply(to: cleanArchitecture))
        #expect(found.first?.message == "Endpoint ep-i has subnet c3 in use1-az3, but the load balancers behind svc serve only use1-az1, use1-az2.")
        #expect(found.first?.elements == ["ep-i", "c3", "nlb"])
    }

    @Test func zonesFallBackToNamesWithANote() throws {
        let yaml = cleanArchitecture.replacingOccurrences(of: "zoneId: use1-az2, ", with: "")
            .replacingOccurrences(of: "subnets: [c1, c2], privateDns", with: "subnets: [c2], privateDns")
            .replacingOccurrences(of: "zone: us-east-1b, cidr: 10.1.2.0/24", with: "zone: us-east-1d, cidr: 10.1.2.0/24")
        let hit = try findings(yaml).first { $0.rule == "endpoint-zone-not-served" }
        #expect(hit?.message.contains("compared by zone name") == true)
    }

    @Test func unstatedDNSSettingsAreNotGuessed() throws {
        let unstated = cleanArchitecture.replacingOccurrences(of: "    dnsHostnames: true\n", with: "")
        #expect(try findings(unstated).isEmpty)
        let supportOff = cleanArchitecture.replacingOccurrences(of: "dnsHostnames: true", with: "dnsSupport: false")
        #expect(try findings(supportOff).first?.message.contains("has DNS support off") == true)
    }

    @Test func onlyTheAskedRulesRun() throws {
        let singleZone = breakages.first { $0.rule == "single-zone-endpoint" }!
        let yaml = breakages[1].apply(to: singleZone.apply(to: cleanArchitecture))
        let topology = try NetworkModel(merging: [NativeLoader.load(bytes: Array(yaml.utf8), file: "arch.yaml")])
        #expect(Checks.run(topology).map(\.rule) == ["private-dns-needs-vpc-dns", "single-zone-endpoint"])
        #expect(Checks.run(topology, rules: ["single-zone-endpoint"]).map(\.rule) == ["single-zone-endpoint"])
    }

    @Test func overlapSweepFindsEveryOverlappingPair() throws {
        let nets = [("a", "10.0.0.0/16"), ("b", "10.1.0.0/16"), ("c", "10.0.128.0/17"), ("d", "10.1.2.0/24"), ("e", "192.168.0.0/16")]
            .map { (owner: $0.0, cidr: CIDR($0.1)!) }
        #expect(Overlaps.pairs(nets).map { "\($0.0)-\($0.1)" } == ["a-c", "b-d"])
    }
}

@Suite struct SampleCheckTests {
    /// Each sample's findings are deliberate and explained in its description.
    @Test(arguments: [
        ("default", ["private-dns-needs-vpc-dns"]),
        ("saas-privatelink", ["endpoint-zone-not-served", "endpoint-not-available"]),
        ("inspection-gwlb", []),
        ("hybrid-dx", []),
        ("multi-region", ["peering-missing-route"]),
    ])
    func samplesCarryOnlyTheirDeliberateFaults(name: String, rules: [String]) throws {
        let topology = try ImporterRegistry.load(["sample:\(name)"])
        let found = Checks.run(topology)
        #expect(found.map(\.rule) == rules)
        for finding in found {
            let element = try #require(topology.element(finding.element))
            #expect(topology.description.contains(element.name) || topology.description.contains("Deliberate"),
                    "the description of \(name) explains \(finding.rule)")
        }
    }
}
