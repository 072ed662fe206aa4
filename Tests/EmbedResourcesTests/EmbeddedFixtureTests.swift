import Foundation
import Testing

/// The EmbedResources plugin compiles `Fixtures/*.txt` into this target: files with what a
/// Swift literal makes hard (delimiters, escapes, line breaks, control characters, no final
/// newline, nothing at all) must come back byte for byte.
@Suite struct EmbeddedFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test func everyFixtureIsEmbeddedOnceInNameOrder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".txt") }
        #expect(EmbeddedFixtures.files.map(\.name) == files.map { String($0.dropLast(4)) }.sorted())
    }

    @Test(arguments: EmbeddedFixtures.files.map(\.name))
    func embeddedTextIsTheFileByteForByte(name: String) throws {
        let text = try #require(EmbeddedFixtures.files.first { $0.name == name }?.text)
        let bytes = try Data(contentsOf: Self.folder.appendingPathComponent("\(name).txt"))
        #expect(Array(text.utf8) == Array(bytes))
    }
}
