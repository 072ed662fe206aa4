import Foundation
import Testing

/// `linkscope trace`: the verdict first, exit 0 or 1 by the forward verdict, the JSON of
/// the contract, and the usual exits for bad input.
@Suite struct TraceCommandTests {
    /// Three VPCs: app peers with data (routes both ways) and with logs, whose table
    /// forgot the route back.
    static let design = """
    format: linkscope/v1
    name: trace fixture
    accounts:
      - {id: "111111111111", name: lab}
    vpcs:
      - id: vpc-app
        name: app
        account: "111111111111"
        region: us-east-1
        cidrs: [10.0.0.0/16]
        subnets:
          - {id: subnet-app, name: app-a, zone: us-east-1a, zoneId: use1-az1, cidr: 10.0.1.0/24}
        routeTables:
          - id: rtb-app
            name: app-routes
            subnets: [subnet-app]
            routes:
              - {destination: 10.0.0.0/16, target: local}
              - {destination: 10.1.0.0/16, target: pcx-app-data}
              - {destination: 10.2.0.0/16, target: pcx-app-logs}
      - id: vpc-data
        name: data
        account: "111111111111"
        region: us-east-1
        cidrs: [10.1.0.0/16]
        subnets:
          - {id: subnet-data, name: data-a, zone: us-east-1a, zoneId: use1-az1, cidr: 10.1.1.0/24}
        routeTables:
          - id: rtb-data
            name: data-routes
            subnets: [subnet-data]
            routes:
              - {destination: 10.1.0.0/16, target: local}
              - {destination: 10.0.0.0/16, target: pcx-app-data}
      - id: vpc-logs
        name: logs
        account: "111111111111"
        region: us-east-1
        cidrs: [10.2.0.0/16]
        subnets:
          - {id: subnet-logs, name: logs-a, zone: us-east-1a, zoneId: use1-az1, cidr: 10.2.1.0/24}
        routeTables:
          - id: rtb-logs
            name: logs-routes
            subnets: [subnet-logs]
            routes:
              - {destination: 10.2.0.0/16, target: local}
    connections:
      - {id: pcx-app-data, name: app-data, type: vpc-peering, between: [vpc-app, vpc-data]}
      - {id: pcx-app-logs, name: app-logs, type: vpc-peering, between: [vpc-app, vpc-logs]}

    """

    private func trace(_ arguments: [String]) throws -> Run {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("design.yaml")
        try Self.design.write(to: file, atomically: true, encoding: .utf8)
        return try linkscope(arguments: ["trace"] + arguments + ["--source", file.path])
    }

    private func json(_ run: Run) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test func reachableTracePrintsTheVerdictFirstAndExitsZero() throws {
        let run = try trace(["app-a", "data-a", "--port", "5432"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "reachable")
        #expect(lines.contains("assumptions:"))
        #expect(lines.contains { $0.hasPrefix("3. rtb-app (app-routes)") && $0.contains("forward") && $0.contains("route 10.1.0.0/16 → pcx-app-data") })
        #expect(lines.contains("reply: reachable"))
    }

    @Test func blockedTraceNamesTheCodeAndExitsOne() throws {
        let run = try trace(["app-a", "logs-a", "--port", "514", "--protocol", "udp"])
        #expect(run.status == 1)
        let first = run.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("NOT reachable: peering-no-return-route: rtb-logs (logs-routes) has no route back to 10.0.1.4"))
        #expect(!run.stdout.contains("reply:"))
    }

    @Test func jsonFollowsTheContract() throws {
        let object = try json(trace(["subnet-app", "subnet-data", "--port", "5432", "--json"]))
        #expect(Set(object.keys) == ["from", "to", "protocol", "port", "reachable", "assumptions", "hops", "blockedBy", "return"])
        #expect(object["from"] as? String == "subnet-app" && object["to"] as? String == "subnet-data")
        #expect(object["protocol"] as? String == "tcp" && object["port"] as? Int == 5432)
        #expect(object["reachable"] as? Bool == true)
        #expect(object["blockedBy"] is NSNull)
        let hops = try #require(object["hops"] as? [[String: Any]])
        #expect(hops.allSatisfy { Set($0.keys) == ["element", "kind", "action", "rule", "code", "note", "topic", "assumed"] })
        #expect(hops.map { $0["action"] as? String } == ["allow", "allow", "forward", "forward", "forward", "allow", "allow", "deliver"])
        #expect(hops[2]["rule"] as? String == "route 10.1.0.0/16 → pcx-app-data" && hops[2]["code"] is NSNull)
        let reply = try #require(object["return"] as? [String: Any])
        #expect(Set(reply.keys) == ["reachable", "hops", "blockedBy"])
        #expect(reply["reachable"] as? Bool == true && reply["blockedBy"] is NSNull)
        #expect((object["assumptions"] as? [String])?.isEmpty == false)
    }

    @Test func blockedJsonHasNoReturnAndNoPort() throws {
        let run = try trace(["subnet-app", "subnet-logs", "--json"])
        #expect(run.status == 1)
        let object = try json(run)
        #expect(object["port"] is NSNull && object["return"] is NSNull)
        let blocked = try #require(object["blockedBy"] as? [String: Any])
        #expect(blocked["element"] as? String == "rtb-logs" && blocked["code"] as? String == "peering-no-return-route")
        let last = try #require((object["hops"] as? [[String: Any]])?.last)
        #expect(last["code"] as? String == "peering-no-return-route" && last["action"] as? String == "drop")
    }

    @Test func unknownEndIsAnInputErrorWithASuggestion() throws {
        let run = try trace(["app-b", "data-a"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("no element has the id or name 'app-b'") && run.stderr.contains("did you mean 'app-a'"))
        #expect(run.stdout.isEmpty)
    }

    @Test(arguments: [["--protocol", "gre"], ["--port", "70000"], ["--port", "22", "--protocol", "icmp"]])
    func badTrafficIsAUsageError(_ flags: [String]) throws {
        let run = try trace(["app-a", "data-a"] + flags)
        #expect(run.status == 64)
    }
}
