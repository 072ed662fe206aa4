import Foundation
import Testing
@testable import Importers
@testable import Topology

/// The README's file-format example is what users copy first: it must load.
@Suite struct ReadmeExampleTests {
    @Test func theFormatExampleLoads() throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../README.md").standardizedFileURL, encoding: .utf8)
        let start = try #require(readme.range(of: "```yaml\n"))
        let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
        let yaml = String(readme[start.upperBound..<end.lowerBound])
        let topology = try NetworkModel(merging: [NativeLoader.load(bytes: Array(yaml.utf8), file: "README.md")])
        #expect(topology.vpcs.count == 2)
        #expect(topology.consumers(ofService: "vpce-svc-api").map(\.id) == ["vpce-consumer"])
    }
}
