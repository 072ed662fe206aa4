import Foundation
import Testing
@testable import Importers
@testable import Topology

/// The README's two-stack example is what users copy first: the stacks merge, and the app
/// stack alone warns where the README says.
@Suite struct CloudFormationReadmeTests {
    /// The README's code block that starts with `# NAME`.
    private func block(_ name: String) throws -> String {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../README.md").standardizedFileURL, encoding: .utf8)
        let start = try #require(readme.range(of: "```\n# \(name)\n"))
        let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
        return String(readme[start.upperBound..<end.lowerBound]) + "\n"
    }

    @Test func theExampleStacksMergeAndTheAppAloneWarnsAsShown() throws {
        let network = try block("network.yaml"), app = try block("app.yaml")
        let merged = try loadTemplates([("network.yaml", network), ("app.yaml", app)])
        #expect(merged.warnings.isEmpty)
        #expect(merged.instances.first.map { ($0.vpc, $0.subnet) } ?? ("", "") == ("Vpc", "Private"))
        let alone = try loadTemplate(app, file: "app.yaml")
        #expect(alone.warnings.map(\.description) == [
            "app.yaml:5:48: warning: no template among the sources exports 'network-VpcId'; its value stays symbolic as 'ImportValue:network-VpcId' (give the exporting template with another --source)",
            "app.yaml:8:28: warning: no template among the sources exports 'network-Private'; its value stays symbolic as 'ImportValue:network-Private' (give the exporting template with another --source)",
        ])
        let subnet = try loadTemplate(network, file: "network.yaml", options: LoadOptions(region: "eu-west-1")).subnet("Private")
        #expect(subnet.map { "\($0.zone) \($0.zoneId ?? "") \($0.cidr?.description ?? "")" } == "eu-west-1a euw1-az1 10.0.0.0/24")
    }
}
