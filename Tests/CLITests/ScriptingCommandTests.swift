import Foundation
import Testing

@Suite struct ScriptingCommandTests {
    @Test func listEndpointsJSONPrintsTheDefaultSample() throws {
        let run = try linkscope("list", "endpoints", "--json")
        #expect(run.status == 0)
        let items = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(items.count >= 5)
        for item in items {
            #expect(item["kind"] as? String == "endpoint")
            #expect(item["id"] is String && item["name"] is String)
        }
        let types = Set(items.compactMap { $0["type"] as? String })
        #expect(types == ["interface", "gateway", "gateway-load-balancer", "resource", "service-network"])
    }

    @Test func listTextIsAlignedWithHeaders() throws {
        let run = try linkscope("list", "vpcs")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID ") == true)
        let column = try #require(lines.first?.range(of: "NAME")).lowerBound.utf16Offset(in: lines[0])
        for line in lines.dropFirst() { #expect(line.utf16.count > column && line[line.index(line.startIndex, offsetBy: column - 2)] == " ") }
    }

    @Test func showPrintsFieldsAndLinks() throws {
        let list = try linkscope("list", "services", "--json")
        let services = try #require(JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let nlbService = try #require(services.first { $0["type"] as? String == "interface" && $0["kind"] as? String == "endpoint-service" })
        let id = try #require(nlbService["id"] as? String)
        let run = try linkscope("show", id)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("endpoint service \(id)"))
        #expect(run.stdout.contains("load balancers"))
        #expect(run.stdout.contains("links\n  consumers"))
        let json = try linkscope("show", id, "--json")
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["links"] as? [String: Any])?["consumers"] is [String])
    }

    @Test func showWithoutAnArgumentGivesTheOverview() throws {
        let run = try linkscope("show")
        #expect(run.status == 0)
        #expect(run.stdout.contains("regions: eu-west-1, us-east-1"))
    }

    @Test func showOfAnUnknownIdSuggestsAndExits65() throws {
        let run = try linkscope("show", "vpce-0a9ea7709f38ec82")
        #expect(run.status == 65)
        #expect(run.stderr.contains("no element has the id or name 'vpce-0a9ea7709f38ec82'; did you mean 'vpce-0a9ea7709f38ec82b'"))
    }

    @Test func samplesListsAtLeastFour() throws {
        let run = try linkscope("samples")
        #expect(run.status == 0)
        for name in ["default", "saas-privatelink", "inspection-gwlb", "hybrid-dx", "multi-region"] {
            #expect(run.stdout.contains("\n\(name) "))
        }
    }

    @Test func sourcesMerge() throws {
        let run = try linkscope("list", "vpcs", "--json", "--source", "sample:hybrid-dx", "--source", "sample:saas-privatelink")
        #expect(run.status == 0)
        let single = try linkscope("list", "vpcs", "--json", "--source", "sample:hybrid-dx")
        #expect(run.stdout.count > single.stdout.count)
    }
}
