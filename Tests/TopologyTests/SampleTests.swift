import Foundation
import Testing
@testable import Importers
@testable import Topology

@Suite struct SampleTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Samples").standardizedFileURL

    @Test func everySampleFileIsASampleAndNothingElseIs() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(Set(files.map { String($0.dropLast(5)) }) == Set(Samples.names),
                "a file added or removed since SwiftPM last planned the build is picked up after `touch Package.swift`")
    }

    @Test(arguments: Samples.names)
    func embeddedTextIsTheSampleFile(name: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("\(name).yaml"), encoding: .utf8)
        #expect(Samples.text(name) == text)
    }

    @Test(arguments: Samples.names)
    func everySampleLoadsWithATitleAndDescription(name: String) throws {
        let topology = try ImporterRegistry.load(["sample:\(name)"])
        #expect(!topology.name.isEmpty)
        #expect(topology.description.split(separator: "\n").count >= 4)
    }

    @Test func theDefaultSampleShowsEveryKindOfElement() throws {
        let t = try ImporterRegistry.load([])
        #expect(t.sources == ["sample:default"])
        #expect(Set(t.allElements.map(\.kind)) == Set(ElementKind.allCases))
        #expect(Set(t.endpoints.map(\.type)) == Set(EndpointType.allCases))
        #expect(Set(t.connections.map(\.type)) == Set(ConnectionType.allCases))
        #expect(Set(t.loadBalancers.map(\.type)) == Set(LoadBalancerType.allCases))
        #expect(t.regions.count >= 2 && t.accounts.count >= 2)
        #expect(t.vpcs.contains { $0.cidrs.contains { $0.family == .ipv6 } })
    }

    @Test func unknownSampleSuggestsTheClosestName() {
        #expect(throws: LoadError.self) { try ImporterRegistry.load(["sample:defualt"]) }
        do {
            _ = try ImporterRegistry.load(["sample:defualt"])
        } catch {
            #expect(error.message.contains("did you mean 'sample:default'?"))
            #expect(error.exitCode == 66)
        }
    }
}
