import Foundation
import Testing

/// `linkscope snapshot` against a fake `aws` on PATH: what it runs, writes and reports.
@Suite struct SnapshotCommandTests {
    private func emptyFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("linkscope-snap-\(UUID().uuidString)").path
    }

    /// Runs `linkscope` with PATH set to `path` and no AWS region in the environment.
    private func run(_ arguments: [String], path: String, extra: [String: String] = [:]) throws -> Run {
        var environment = ProcessInfo.processInfo.environment
        for key in ["AWS_REGION", "AWS_DEFAULT_REGION", "AWS_PROFILE"] { environment[key] = nil }
        environment["PATH"] = path
        environment.merge(extra) { $1 }
        return try linkscope(arguments: arguments, environment: environment)
    }

    @Test func savesEveryCallPerRegionWithAManifestAndLoads() throws {
        let bin = try FakeAWS.folder(), out = emptyFolder()
        let result = try run(["snapshot", "--out", out, "--region", "us-east-1", "eu-west-1"], path: bin.path + ":/usr/bin:/bin")
        #expect(result.status == 0, "\(result.stderr)")
        let account = URL(fileURLWithPath: out).appendingPathComponent("111122223333")
        for file in ["get-caller-identity.json", "us-east-1/describe-vpcs.json", "eu-west-1/describe-subnets.json",
                     "eu-west-1/describe-load-balancers.json", "us-east-1/describe-security-groups.json",
                     "us-east-1/describe-network-acls.json", "us-east-1/describe-instances.json",
                     "eu-west-1/describe-transit-gateway-route-tables.json", "manifest.json"] {
            #expect(FileManager.default.fileExists(atPath: account.appendingPathComponent(file).path), "\(file)")
        }
        #expect(!FileManager.default.fileExists(atPath: account.appendingPathComponent("us-east-1/describe-transit-gateways.json").path))
        // 25 list calls a region, then 6 per-item calls a region for its VPC, route table and prefix list.
        #expect(result.stderr.contains("snapshot: [ 1/50] us-east-1 ec2 describe-vpcs  ok"))
        #expect(result.stderr.contains("snapshot: warning: [21/50] us-east-1 ec2 describe-transit-gateways failed: An error occurred (UnauthorizedOperation)"))
        #expect(result.stderr.contains("snapshot: [51/62] us-east-1 ec2 describe-vpc-attribute vpc-us-east-1.enableDnsSupport  ok"))
        #expect(result.stderr.contains("snapshot: warning: [55/62] us-east-1 ec2 search-transit-gateway-routes tgw-rtb-us-east-1 failed: An error occurred (InvalidAction)"))
        #expect(result.stdout.contains("saved 58 of 62 calls in \(account.path) (4 failed"))

        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: account.appendingPathComponent("manifest.json"))) as? [String: Any]
        #expect(manifest?["regions"] as? [String] == ["us-east-1", "eu-west-1"])
        #expect(manifest?["failed"] as? Int == 4)
        let calls = manifest?["calls"] as? [[String: Any]] ?? []
        #expect(calls.count == 62)
        #expect(calls.first { ($0["ok"] as? Bool) == false }?["error"] as? String
                == "An error occurred (UnauthorizedOperation) when calling the DescribeTransitGateways operation: not allowed")
        let entries = calls.first { $0["command"] as? String == "get-managed-prefix-list-entries" }
        #expect(entries?["item"] as? String == "pl-us-east-1", "the customer list only; AWS's own come with describe-prefix-lists")
        #expect(entries?["file"] as? String == "us-east-1/get-managed-prefix-list-entries/pl-us-east-1.json")

        // Output that does not name its item is saved with the id added, so it loads by content.
        let associations = try String(contentsOf: account.appendingPathComponent(
            "eu-west-1/get-transit-gateway-route-table-associations/tgw-rtb-eu-west-1.json"), encoding: .utf8)
        #expect(associations.hasPrefix("{\n    \"TransitGatewayRouteTableId\": \"tgw-rtb-eu-west-1\",\"Associations\": ["), "\(associations)")
        let tables = try linkscope("list", "transit-gateway-route-tables", "--json", "--source", out)
        #expect(tables.status == 0, "\(tables.stderr)")
        #expect(tables.stdout.contains("\"associations\": [\n      \"vpc-eu-west-1\"\n    ]"), "\(tables.stdout)")

        let list = try linkscope("list", "vpcs", "--json", "--source", out)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("\"region\": \"eu-west-1\"") && list.stdout.contains("\"id\": \"vpc-us-east-1\""))
        #expect(list.stdout.contains("\"dnsSupport\": true") && list.stdout.contains("\"dnsHostnames\": false"), "\(list.stdout)")
    }

    @Test func aListOutputThatCannotBeReadSkipsItsPerItemCallsWithAWarning() throws {
        let result = try run(["snapshot", "--out", emptyFolder(), "--region", "us-east-1"], path: try FakeAWS.folder().path + ":/usr/bin:/bin",
                             extra: ["FAKE_BAD_VPCS": "1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("/us-east-1/describe-vpcs.json:2:1: JSON syntax: the file ends where a value was expected (in Vpcs[0].VpcId); no describe-vpc-attribute calls for it"), "\(result.stderr)")
        #expect(result.stdout.contains("saved 27 of 29 calls"), "\(result.stdout)")
    }

    @Test func passesProfileEndpointAndJSONOutputToEveryCall() throws {
        let bin = try FakeAWS.folder()
        let result = try run(["snapshot", "--out", emptyFolder(), "--region", "us-west-2", "--profile", "audit",
                              "--endpoint-url", "http://127.0.0.1:5000"], path: bin.path + ":/usr/bin:/bin")
        #expect(result.status == 0, "\(result.stderr)")
        let calls = try String(contentsOf: bin.appendingPathComponent("calls.log"), encoding: .utf8).split(separator: "\n")
        #expect(calls.count == 32)
        #expect(calls.allSatisfy { $0.hasSuffix("--output json --region us-west-2 --profile audit --endpoint-url http://127.0.0.1:5000") })
        #expect(calls.contains("elbv2 describe-load-balancers --output json --region us-west-2 --profile audit --endpoint-url http://127.0.0.1:5000"))
        #expect(calls.contains("ec2 describe-vpc-attribute --vpc-id vpc-us-west-2 --attribute enableDnsHostnames --output json --region us-west-2 --profile audit --endpoint-url http://127.0.0.1:5000"))
        #expect(calls.contains("ec2 search-transit-gateway-routes --transit-gateway-route-table-id tgw-rtb-us-west-2 --filters Name=type,Values=static --output json --region us-west-2 --profile audit --endpoint-url http://127.0.0.1:5000"))
    }

    @Test(arguments: [1, 3])
    func atMostJobsCallsRunAtOnce(jobs: Int) throws {
        let bin = try FakeAWS.folder()
        let result = try run(["snapshot", "--out", emptyFolder(), "--region", "us-east-1", "--jobs", String(jobs)],
                             path: bin.path + ":/usr/bin:/bin", extra: ["FAKE_AWS_SLEEP": "0.15"])
        #expect(result.status == 0, "\(result.stderr)")
        let most = try FakeAWS.mostAtOnce(in: bin)
        #expect(most <= jobs)
        if jobs > 1 { #expect(most > 1, "calls overlapped") }
    }

    /// Concurrent calls end in any order; what is saved, and the manifest's list of calls,
    /// must not depend on it.
    @Test func concurrentCallsSaveWhatOneAtATimeSaves() throws {
        var folders: [URL] = []
        for jobs in ["1", "6"] {
            let out = emptyFolder()
            let result = try run(["snapshot", "--out", out, "--region", "us-east-1", "eu-west-1", "--jobs", jobs],
                                 path: try FakeAWS.folder().path + ":/usr/bin:/bin")
            #expect(result.status == 0, "\(result.stderr)")
            // Progress names each call by its place in the plan, whatever order they end in.
            #expect(result.stderr.contains("snapshot: warning: [46/50] eu-west-1 ec2 describe-transit-gateways failed"))
            #expect(result.stderr.contains("snapshot: warning: [61/62] eu-west-1 ec2 search-transit-gateway-routes tgw-rtb-eu-west-1 failed"))
            folders.append(URL(fileURLWithPath: out).appendingPathComponent("111122223333"))
        }
        func files(_ folder: URL) throws -> [String: Data] {
            let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
            var out: [String: Data] = [:]
            for path in paths where path.hasSuffix(".json") && path != "manifest.json" {
                out[path] = try Data(contentsOf: folder.appendingPathComponent(path))
            }
            return out
        }
        let sequential = try files(folders[0]), concurrent = try files(folders[1])
        #expect(sequential.count == 59)
        #expect(sequential == concurrent)
        func calls(_ folder: URL) throws -> [String] {
            let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
            let calls = (manifest as? [String: Any])?["calls"] as? [[String: Any]] ?? []
            return calls.map { "\($0["region"] ?? "") \($0["command"] ?? "") \($0["item"] ?? "") \($0["ok"] ?? "") \($0["file"] ?? "") \($0["bytes"] ?? "")" }
        }
        #expect(try calls(folders[0]) == calls(folders[1]))
        #expect(try calls(folders[0]).count == 62)
    }

    @Test func jobsOutOfRangeIsAUsageError() throws {
        let result = try run(["snapshot", "--out", emptyFolder(), "--region", "us-east-1", "--jobs", "0"],
                             path: try FakeAWS.folder().path + ":/usr/bin:/bin")
        #expect(result.status == 64)
        #expect(result.stderr.contains("--jobs must be from 1 to 32"))
    }

    @Test func refusesANonEmptyFolderWithoutForce() throws {
        let bin = try FakeAWS.folder(), out = emptyFolder()
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try "keep me".write(toFile: out + "/notes.txt", atomically: true, encoding: .utf8)
        let refused = try run(["snapshot", "--out", out, "--region", "us-east-1"], path: bin.path + ":/usr/bin:/bin")
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("\(out): the folder is not empty; choose an empty or new one, or add --force"))
        #expect(!FileManager.default.fileExists(atPath: bin.appendingPathComponent("calls.log").path), "nothing was run")
        let forced = try run(["snapshot", "--out", out, "--region", "us-east-1", "--force"], path: bin.path + ":/usr/bin:/bin")
        #expect(forced.status == 0)
        #expect(FileManager.default.fileExists(atPath: out + "/notes.txt"))
    }

    @Test func missingAWSCommandIsAClearError() throws {
        let result = try run(["snapshot", "--out", emptyFolder(), "--region", "us-east-1"], path: "/nonexistent")
        #expect(result.status == 69)
        #expect(result.stderr.contains("the aws command is not on PATH; install the AWS CLI"))
    }

    @Test func noRegionAnywhereAsksForOne() throws {
        let result = try run(["snapshot", "--out", emptyFolder()], path: try FakeAWS.folder().path + ":/usr/bin:/bin")
        #expect(result.status == 64)
        #expect(result.stderr.contains("no region: give --region"))
    }

    @Test func theEnvironmentsRegionIsTheDefault() throws {
        let out = emptyFolder()
        let result = try run(["snapshot", "--out", out], path: try FakeAWS.folder().path + ":/usr/bin:/bin", extra: ["AWS_REGION": "ap-south-1"])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: out + "/111122223333/ap-south-1/describe-vpcs.json"))
    }

    @Test func failingIdentityStopsWithTheCLIsReason() throws {
        let result = try run(["snapshot", "--out", emptyFolder(), "--region", "us-east-1"], path: try FakeAWS.folder().path + ":/usr/bin:/bin",
                             extra: ["FAKE_STS_FAILS": "1"])
        #expect(result.status == 69)
        #expect(result.stderr.contains("aws sts get-caller-identity failed: Unable to locate credentials."))
    }
}
