import Testing
@testable import Explorer

@Suite struct ChecksViewTests {
    @Test func listsFindingsUnderSeverityHeadingsWithTheFirstSelected() {
        let s = state("5")
        let lines = Screen.draw(s).lines
        #expect(lines.contains(text: "Checks (1 finding)"))
        #expect(lines.contains(text: "│ error (1)"))
        #expect(lines.contains(text: "✗ private-dns-needs-vpc-dns"))
        #expect(s.selectedElement?.id == "vpce-04600c31aaf734b5c")
        #expect(lines.contains(text: "error private-dns-needs-vpc-dns: Endpoint analytics-sts"))
    }

    @Test func enterGoesToTheElementAndBackspaceReturns() {
        let s = state("5 Enter")
        #expect(s.view == .architecture)
        #expect(s.selectedNode == .element("vpce-04600c31aaf734b5c"))
        let back = Update.apply(.key(.backspace), to: s)
        #expect(back.view == .checks)
        #expect(back.selectedElement?.id == "vpce-04600c31aaf734b5c")
    }

    @Test func elementsWithFindingsAreMarkedInTreeAndTables() {
        #expect(screen(": analytics-sts Enter").contains(text: "✗ analytics-sts"))
        let table = screen("2")
        #expect(table.contains { $0.hasPrefix("│✗vpce-04600c31aaf734b5c") })
        #expect(table.contains { $0.hasPrefix("│ vpce-0a9ea7709f38ec82b") })
    }

    @Test func headingsAreSkippedWhenMoving() throws {
        let m = try model(.saasLike)
        let s = state("5 Down", model: m)
        #expect(s.checks.rows[s.checks.list.selected] != .heading(.warning, 1))
        #expect(s.selectedElement?.id == "ep-b")
        #expect(state("5 Down Up", model: m).selectedElement?.id == "ep-a")
    }

    @Test func aCleanArchitectureSaysEveryRulePasses() throws {
        let m = try model("format: linkscope/v1\nvpcs:\n  - {id: vpc-1, region: us-east-1, cidrs: [10.0.0.0/16]}\n")
        #expect(screen("5", model: m).contains(text: "No findings: every rule passes."))
    }
}

extension String {
    /// One error (a rejected endpoint) and one warning (a pending one).
    static let saasLike = """
    format: linkscope/v1
    vpcs:
      - id: vpc-1
        region: us-east-1
        cidrs: [10.0.0.0/16]
        subnets:
          - {id: s1, zone: us-east-1a, zoneId: use1-az1, cidr: 10.0.1.0/24}
          - {id: s2, zone: us-east-1b, zoneId: use1-az2, cidr: 10.0.2.0/24}
    services:
      - {id: svc, kind: endpoint-service, type: interface, region: us-east-1}
    endpoints:
      - {id: ep-a, type: interface, vpc: vpc-1, service: svc, subnets: [s1, s2], state: rejected}
      - {id: ep-b, type: interface, vpc: vpc-1, service: svc, subnets: [s1, s2], state: pending-acceptance}
    """
}
