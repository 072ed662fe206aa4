import Foundation
import Testing
@testable import Importers
@testable import Topology

/// The README's example of the trace's elements is what users copy to write their own: it
/// must load, and mean what its comments say.
@Suite struct ReadmeTraceExampleTests {
    @Test func theTraceElementsExampleLoads() throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../README.md").standardizedFileURL, encoding: .utf8)
        let heading = try #require(readme.range(of: "### What a trace reads"))
        let start = try #require(readme.range(of: "```yaml\n", range: heading.upperBound..<readme.endIndex))
        let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
        let yaml = String(readme[start.upperBound..<end.lowerBound])
        let t = try NetworkModel(merging: [NativeLoader.load(bytes: Array(yaml.utf8), file: "README.md")])
        #expect(t.securityGroup("sg-app")?.ingress?.count == 3)
        #expect(t.instance("i-app")?.vpc == "vpc-app")
        #expect(t.routeTable("rtb-private")?.routes.last?.isBlackhole == true)
        #expect(t.transitGatewayRouteTable("tgw-rtb-1")?.routes.last?.isBlackhole == true)
        #expect(t.connection("vpn-old")?.vpnGateway == "vgw-a")
    }
}
