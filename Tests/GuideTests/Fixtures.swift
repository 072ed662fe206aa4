import Foundation
@testable import Guide

/// Test inputs kept beside the tests, so the suite depends on nothing outside the repo.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The seed note (`shared/seed/000_ea01b0a8ca7ea99e.txt`), copied as `seed-private-link.md`.
    static func seedText() throws -> String {
        try String(contentsOf: folder.appendingPathComponent("seed-private-link.md"), encoding: .utf8)
    }

    /// The seed parsed as the user's `private-link.md`.
    static func seed() throws -> Note {
        NoteParser.parse(try seedText(), file: "private-link.md")
    }

    /// The note parsed from `text` as `test.md`.
    static func note(_ text: String) -> Note {
        NoteParser.parse(text, file: "test.md")
    }

    /// The blocks of the note's only (or first) section.
    static func blocks(_ text: String) -> [NoteBlock] {
        note(text).sections.first?.blocks ?? []
    }

    /// A new empty folder under the temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("guide-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Blocks compare by shape in tests; the model itself need not be Equatable.
extension NoteBlock {
    var described: String {
        switch self {
        case .paragraph(let inlines): return "p(\(inlines.plainText))"
        case .bullet(let level, let inlines): return "b\(level)(\(inlines.plainText))"
        case .callout(let kind, let title, let blocks):
            return "c[\(kind)](\(title.plainText)){\(blocks.map(\.described).joined(separator: ","))}"
        }
    }
}
