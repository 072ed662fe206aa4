import Foundation
@testable import Importers
@testable import Topology

/// Snapshot folders for the tests: the ones kept under `Fixtures/`, and throwaway ones
/// written from a dictionary of relative path → file text.
enum SnapshotFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Two accounts, two regions, every kind of output (`Fixtures/snapshot-two-accounts`).
    static var twoAccounts: String { folder.appendingPathComponent("snapshot-two-accounts").path }
    /// Instances, interfaces, firewalls, gateways, prefix lists and transit gateway routing,
    /// in files named after nothing, some gathered into lists (`Fixtures/snapshot-forwarding`).
    static var forwarding: String { folder.appendingPathComponent("snapshot-forwarding").path }
    /// One flat folder with files named after nothing (`Fixtures/snapshot-flat`).
    static var flat: String { folder.appendingPathComponent("snapshot-flat").path }

    /// A new folder holding `files`.
    static func write(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-tests-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root.path
    }

    /// The topology loaded from snapshot folders.
    static func load(_ folders: String...) throws(LoadError) -> NetworkModel {
        try NetworkModel(merging: [SnapshotLoader.load(folders: folders)])
    }

    /// The error loading `files` fails with, or nil when it loads.
    static func error(_ files: [String: String]) throws -> LoadError? {
        let root = try write(files)
        do {
            _ = try load(root)
            return nil
        } catch {
            return error
        }
    }
}
