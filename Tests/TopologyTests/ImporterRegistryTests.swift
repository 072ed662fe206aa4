import Foundation
import Testing
@testable import Importers
import Topology

/// Sources go to the importer that recognises their content, whatever the file is called;
/// a source none recognises is refused with the list of formats.
@Suite struct ImporterRegistryTests {
    static let yaml = "format: linkscope/v1\nname: named-oddly\nvpcs:\n  - {id: vpc-1, region: us-east-1, cidrs: [10.0.0.0/16]}\n"

    @Test func aNativeFileIsRecognisedByItsFormatKeyNotItsName() throws {
        let path = try temporaryFile("design.txt", Self.yaml)
        #expect(try ImporterRegistry.load([path]).name == "named-oddly")
        let json = try temporaryFile("design.data", #"{"vpcs": [], "format": "linkscope/v1", "name": "j"}"#)
        #expect(try ImporterRegistry.load([json]).name == "j")
    }

    @Test(arguments: [
        "format: linkscope/v1", "'format': \"linkscope/v2\"", "{\"format\":\"linkscope/v1\"}", "name: x\nformat:   linkscope/v1",
    ])
    func theFormatKeyIsFoundInYAMLAndJSONSpellings(_ text: String) {
        #expect(NativeImporter.declaresFormat(text))
    }

    @Test(arguments: ["", "name: x", "description: the format: linkscope/v1 is ours", "formats: linkscope/v1",
                      "AWSTemplateFormatVersion: '2010-09-09'"])
    func otherTextIsNotClaimed(_ text: String) {
        #expect(!NativeImporter.declaresFormat(text))
    }

    @Test func anUnrecognisedFileIsRefusedWithTheFormatsListed() throws {
        let path = try temporaryFile("notes.yaml", "name: not an architecture\n")
        let error = try #require(throws: LoadError.self) { try ImporterRegistry.load([path]) }
        #expect(error.exitCode == 65)
        #expect(error.message.hasPrefix("\(path): not a source linkscope can read; it reads\n"))
        for importer in ImporterRegistry.importers { #expect(error.message.contains(importer.format)) }
    }

    @Test func aMissingSourceIsUnreadable() {
        #expect(throws: LoadError(.unreadable, "/no/such/design.yaml: no such file or folder")) {
            try ImporterRegistry.load(["/no/such/design.yaml"])
        }
    }

    @Test func aPipeIsRefusedRatherThanReadForever() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("linkscope-fifo-\(UUID().uuidString)").path
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        #expect(throws: LoadError(.unreadable, "\(path): not a regular file")) { try ImporterRegistry.load([path]) }
    }

    @Test func samplesAndFilesMergeInTheOrderGiven() throws {
        let path = try temporaryFile("extra.yaml", Self.yaml)
        let t = try ImporterRegistry.load(["sample:saas-privatelink", path])
        #expect(t.sources == ["sample:saas-privatelink", path])
    }

    private func temporaryFile(_ name: String, _ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("linkscope-registry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
