import Analysis
import Testing
import Topology
@testable import Explorer

/// View 7: `p` from the selection, the hops under each direction's verdict, Enter to a
/// hop's element, the inspector's deciding rule, the guide's topic, the path on the map.
@Suite struct TraceViewTests {
    static let peered = """
    format: linkscope/v1
    name: trace view
    vpcs:
      - id: vpc-a
        name: app
        region: us-east-1
        cidrs: [10.0.0.0/16]
        subnets:
          - {id: subnet-a, name: app-a, zone: us-east-1a, zoneId: use1-az1, cidr: 10.0.1.0/24}
        routeTables:
          - id: rtb-a
            main: true
            routes:
              - {destination: 10.0.0.0/16, target: local}
              - {destination: 10.1.0.0/16, target: pcx-ab}
        securityGroups:
          - id: sg-app
            name: app
            ingress: []
            egress: [{protocol: all, to: 0.0.0.0/0}]
        networkAcls:
          - id: acl-a
            default: true
            inbound: [{rule: 100, protocol: all, cidr: 0.0.0.0/0, action: allow}]
            outbound: [{rule: 100, protocol: all, cidr: 0.0.0.0/0, action: allow}]
      - id: vpc-b
        name: data
        region: us-east-1
        cidrs: [10.1.0.0/16]
        subnets:
          - {id: subnet-b, name: data-a, zone: us-east-1a, zoneId: use1-az1, cidr: 10.1.1.0/24}
        routeTables:
          - id: rtb-b
            main: true
            routes:
              - {destination: 10.1.0.0/16, target: local}
              - {destination: 10.0.0.0/16, target: pcx-ab}
        securityGroups:
          - id: sg-db
            name: db
            ingress: [{protocol: tcp, ports: 5432, from: 10.0.0.0/16, description: app tier}]
            egress: [{protocol: all, to: 0.0.0.0/0}]
        networkAcls:
          - id: acl-b
            default: true
            inbound: [{rule: 100, protocol: all, cidr: 0.0.0.0/0, action: allow}]
            outbound: [{rule: 100, protocol: all, cidr: 0.0.0.0/0, action: allow}]
    instances:
      - {id: i-app, name: app-1, subnet: subnet-a, privateIp: 10.0.1.10, securityGroups: [sg-app]}
      - {id: i-db, name: db-1, subnet: subnet-b, privateIp: 10.1.1.10, securityGroups: [sg-db]}
    connections:
      - {id: pcx-ab, name: app-data, type: vpc-peering, between: [vpc-a, vpc-b]}
    """

    private let m: ExplorerModel
    init() throws { m = try model(Self.peered) }

    @Test func pFromAnInstanceTracesThereAndBack() {
        let s = state(": app-1 Enter p db-1 Space :5432 Enter", model: m)
        #expect(s.view == .trace)
        #expect(s.trace.result?.reachable == true)
        let lines = Screen.draw(s).lines
        #expect(lines.contains(text: "Trace app-1 → db-1 tcp:5432: reachable"))
        #expect(lines.contains(text: "There: reachable"))
        #expect(lines.contains(text: "Back: reachable"))
        #expect(lines.contains(text: "✓ deliver"))
    }

    @Test func aBlockedTraceNamesTheRuleAndTheHopIsSelectable() {
        let s = state(": app-1 Enter p db-1 Space :22 Enter", model: m)
        #expect(s.trace.result?.reachable == false)
        let lines = Screen.draw(s).lines
        #expect(lines.contains(text: "There: blocked: security-group-ingress"))
        #expect(lines.contains(text: "✗ deny"))
        #expect(!lines.contains(text: "Back:"), "no reply is traced for traffic that never arrives")
        // The last hop is the one that stopped it; its inspector names the code and its meaning.
        let last = state(": app-1 Enter p db-1 Space :22 Enter G", model: m)
        #expect(last.trace.selectedHop?.code == .securityGroupIngress)
        let inspector = Screen.draw(last).lines
        #expect(inspector.contains(text: "security-group-ingress"))
        #expect(inspector.contains(text: String(TraceCode.securityGroupIngress.meaning.prefix(30))))
    }

    @Test func enterGoesToTheHopsElementAndBackspaceReturnsToTheTrace() {
        let s = state(": app-1 Enter p db-1 Space :22 Enter G Enter", model: m)
        #expect(s.view == .architecture)
        let stoppedAt = state(": app-1 Enter p db-1 Space :22 Enter", model: m).trace.result?.forward.blockedBy?.element
        #expect(s.selectedElement?.id == stoppedAt)
        let back = Update.apply(.key(.backspace), to: s)
        #expect(back.view == .trace)
        #expect(back.trace.selectedHop?.code == .securityGroupIngress)
    }

    @Test func theGuideShowsTheSelectedHopsTopic() {
        let s = state(": app-1 Enter p db-1 Space :22 Enter G", model: m)
        #expect(GuideContent.topic(s) == s.trace.selectedHop?.topic)
        #expect(s.trace.selectedHop?.topic == "security-group")
    }

    @Test func theMapDrawsThePathAndWhereItStopped() throws {
        let s = state(": app-1 Enter p db-1 Space :22 Enter 6", model: m)
        #expect(s.view == .map)
        let layout = try #require(s.map.layout)
        let (path, blockedAt) = MapView.tracePath(s, layout.graph)
        #expect(path == ["vpc-a", "vpc-b"], "hops map to the boxes of their VPCs")
        #expect(blockedAt == "vpc-b", "the security group that stopped it is in vpc-b")
        // Drawn with nothing selected: the passed box as passed, the stopping one as stopped.
        var frame = Frame(width: 80, height: 20)
        MapCanvas(layout: layout, path: path, blockedAt: blockedAt)
            .draw(into: &frame, area: frame.area, origin: (0, 0))
        let styles = Set(frame.cells.map(\.style))
        #expect(styles.contains(.ok) && styles.contains(.error))
        var plain = Frame(width: 80, height: 20)
        MapCanvas(layout: layout).draw(into: &plain, area: plain.area, origin: (0, 0))
        #expect(!Set(plain.cells.map(\.style)).contains(.ok))
    }

    @Test func anUnknownDestinationSaysSoAndStaysPut() {
        let s = state(": app-1 Enter p db-9 Enter", model: m)
        #expect(s.view == .architecture)
        #expect(s.message?.contains("db-9") == true)
    }

    @Test func theDestinationCompletesToElementsAndInternet() {
        let s = state(": app-1 Enter p int", model: m)
        #expect(s.prompt?.kind == .traceTo)
        #expect(s.prompt?.completions.first == "internet")
        let named = state(": app-1 Enter p db-", model: m)
        #expect(named.prompt?.completions.contains("i-db") == true)
    }
}
