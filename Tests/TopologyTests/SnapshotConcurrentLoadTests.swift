import Testing
@testable import Importers
@testable import Topology

/// Snapshot files decode on every core at once and are read in file order: the result must be
/// the one reading them one by one gives, whichever file finishes first.
@Suite struct SnapshotConcurrentLoadTests {
    @Test func ofSeveralBadFilesTheFirstInFileOrderIsReported() throws {
        // The first bad file is long, the second short: read at once, the second fails first.
        let endpoints = (0..<20_000).map { #"{"VpcEndpointId": "vpce-\#($0)", "VpcEndpointType": "Interface", "VpcId": "vpc-1"}"# }
        let error = try #require(try SnapshotFixtures.error([
            "us-east-1/a.json": #"{"Vpcs": [{"VpcId": "vpc-1"}]}"#,
            "us-east-1/b.json": "{\"VpcEndpoints\": [\n" + endpoints.joined(separator: ",\n") + ",\n]}",
            "us-east-1/c.json": "{\"Vpcs\": [}",
        ]))
        #expect(error.message.hasSuffix("/us-east-1/b.json:20002:1: VpcEndpoints[20000]: expected an object, found ']'"), "\(error.message)")
    }

    @Test func recordsKeepFileOrderWhateverFinishesFirst() throws {
        let big = (0..<2_000).map { #"{"VpcId": "vpc-a\#($0)"}"# }.joined(separator: ",")
        let root = try SnapshotFixtures.write([
            "111122223333/us-east-1/a.json": #"{"Vpcs": ["# + big + "]}",
            "111122223333/us-east-1/b.json": #"{"Vpcs": [{"VpcId": "vpc-b"}]}"#,
        ])
        let model = try SnapshotFixtures.load(root)
        #expect(model.vpcs.first?.id == "vpc-a0" && model.vpcs.last?.id == "vpc-b")
        #expect(model.vpc("vpc-b")?.location?.file.hasSuffix("/b.json") == true)
    }
}
