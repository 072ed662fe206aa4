import Foundation
import Testing

@Suite struct CompareCommandTests {
    static let saas = ["--source", "sample:saas-privatelink"]

    private func compare(_ arguments: [String]) throws -> Run {
        try linkscope(arguments: ["compare"] + arguments)
    }

    private func json(_ run: Run) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test func overlappingCustomerAndProviderInText() throws {
        let run = try compare(["globex-platform", "metricly-ingest"] + Self.saas)
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n").map(String.init)
        func row(_ id: String) -> String { rows.first { $0.hasPrefix(id + " ") } ?? "" }
        #expect(row("vpc-peering").contains("✗") && row("vpc-peering").contains("overlap"))
        #expect(row("transit-gateway").contains("✗") && row("transit-gateway").contains("overlap"))
        #expect(row("interface-endpoint").contains("✓"))
        #expect(run.stdout.contains("✗ [overlapping-cidrs]"))
        #expect(run.stdout.contains("Recommendation: Keep the existing interface endpoint"))
        let header = try #require(rows.first { $0.hasPrefix("OPTION ") })
        #expect(header.contains("FEASIBLE") && header.contains("EST. $/MONTH") && header.contains("MAIN REASON"))
    }

    @Test func overlappingCustomerAndProviderInJSON() throws {
        let object = try json(compare(["globex-platform", "metricly-ingest", "--json"] + Self.saas))
        let from = try #require(object["from"] as? [String: Any])
        #expect(from["id"] as? String == "vpc-0ba9a6b45c52308fc" && from["kind"] as? String == "vpc")
        #expect(from["name"] as? String == "globex-platform")
        let options = try #require(object["options"] as? [[String: Any]])
        #expect(options.count == 13)
        func option(_ id: String) throws -> [String: Any] { try #require(options.first { $0["id"] as? String == id }) }
        for id in ["vpc-peering", "transit-gateway"] {
            let o = try option(id)
            #expect(o["feasible"] as? Bool == false)
            let reasons = try #require(o["reasons"] as? [[String: Any]])
            #expect(reasons.contains { $0["rule"] as? String == "overlapping-cidrs" && $0["verdict"] as? String == "against" })
            #expect(o["monthlyCostUSD"] is NSNull)
        }
        let endpoint = try option("interface-endpoint")
        #expect(endpoint["feasible"] as? Bool == true && endpoint["exists"] as? Bool == true)
        #expect(endpoint["monthlyCostUSD"] as? Double == 15.6)
        for key in ["direction", "transitive", "overlappingCidrs", "crossRegion", "crossAccount", "layer"] {
            #expect(endpoint[key] is String, "\(key)")
        }
        #expect((object["recommendation"] as? String)?.contains("interface endpoint") == true)
    }

    @Test func trafficChangesTheEstimate() throws {
        let object = try json(compare(["globex-platform", "metricly-ingest", "--json", "--gb-per-month", "1000"] + Self.saas))
        let options = try #require(object["options"] as? [[String: Any]])
        let endpoint = try #require(options.first { $0["id"] as? String == "interface-endpoint" })
        #expect(endpoint["monthlyCostUSD"] as? Double == 24.6)
        #expect(object["gbPerMonth"] as? Double == 1000)
    }

    @Test func shortServiceNamesFollowTheFromRegion() throws {
        let object = try json(compare(["storefront-eu", "s3", "--json"]))
        #expect((object["to"] as? [String: Any])?["id"] as? String == "com.amazonaws.eu-west-1.s3")
    }

    @Test func anUnknownEndExits65WithSuggestions() throws {
        let run = try compare(["globx-platform", "metricly-ingest"] + Self.saas)
        #expect(run.status == 65)
        #expect(run.stderr.contains("'globx-platform'") && run.stderr.contains("did you mean 'globex-platform'"))
        let to = try compare(["globex-platform", "metricly-ingst"] + Self.saas)
        #expect(to.status == 65 && to.stderr.contains("'metricly-ingest'"))
    }

    @Test func missingArgumentsAreAUsageError() throws {
        #expect(try compare([]).status == 64)
        #expect(try compare(["vpc-1", "vpc-2", "--gb-per-month", "-5"]).status == 64)
    }

    @Test func theCatalogueAsTextAndJSON() throws {
        let text = try compare(["--options"])
        #expect(text.status == 0)
        for id in ["interface-endpoint", "gateway-endpoint", "gateway-load-balancer-endpoint", "vpc-peering", "transit-gateway",
                   "transit-gateway-peering", "site-to-site-vpn", "direct-connect", "vpc-lattice", "resource-endpoint",
                   "nat-gateway-internet", "cloud-wan", "vpc-sharing"] {
            #expect(text.stdout.contains("\n\(id) "), "\(id)")
        }
        #expect(text.stdout.contains("(unconfirmed)") && text.stdout.contains("https://docs.aws.amazon.com/"))
        let object = try json(compare(["--options", "--json"]))
        let options = try #require(object["options"] as? [[String: Any]])
        #expect(options.count == 13)
        for o in options {
            let figures = (o["bandwidth"] as? [[String: Any]] ?? []) + (o["quotas"] as? [[String: Any]] ?? [])
            for f in figures { #expect((f["source"] as? String)?.hasPrefix("https://") == true && f["asOf"] is String) }
        }
        let prices = try #require(object["prices"] as? [String: Any])
        #expect(prices["region"] as? String == "us-east-1")
        for item in prices["items"] as? [[String: Any]] ?? [] {
            #expect((item["source"] as? String)?.hasPrefix("https://") == true && (item["asOf"] as? String)?.count == 10)
        }
    }

    @Test func namesFromDataAreEscaped() throws {
        let path = try temporaryFile("evil.yaml", """
        format: linkscope/v1
        vpcs:
          - {id: vpc-1, name: "evil\\u001b]0;pwned\\u0007", region: us-east-1, cidrs: [10.0.0.0/16]}
          - {id: vpc-2, region: us-east-1, cidrs: [10.1.0.0/16]}
        """)
        let run = try compare(["vpc-1", "vpc-2", "--source", path])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("\u{1B}") && run.stdout.contains("\\e]0;pwned"))
    }
}
