import Foundation
import Testing
import Topology
@testable import Guide

/// Looking notes up, merging a folder of the user's own, and what a note links to.
@Suite struct GuideLibraryTests {
    @Test func lookUpByTopicTitleOrSpacedName() throws {
        let library = GuideLibrary.builtIn
        #expect(library.note("Private-Link")?.topic == "private-link")
        #expect(library.find("AWS PrivateLink")?.topic == "private-link")
        #expect(library.find("transit gateway")?.topic == "transit-gateway")
        #expect(library.find("no such thing") == nil)
        #expect(library.topics == library.topics.sorted())
    }

    @Test func linksResolveByTopic() {
        let library = GuideLibrary.builtIn
        #expect(library.resolves(.topic("vpc")))
        #expect(library.resolves(.topic("VPC")))
        #expect(!library.resolves(.topic("made-up")))
        #expect(library.resolves(.url("https://example.com")))
    }

    @Test func mergingAFolderReplacesAndAddsNotesRecursively() throws {
        let folder = try Fixtures.temporaryFolder()
        let nested = folder.appendingPathComponent("aws/VPC")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try Fixtures.seedText().write(to: nested.appendingPathComponent("private-link.md"), atomically: true, encoding: .utf8)
        try "# Mine\n## What\nMy own note.".write(to: folder.appendingPathComponent("My-Topic.md"), atomically: true, encoding: .utf8)
        try "ignored".write(to: folder.appendingPathComponent("readme.txt"), atomically: true, encoding: .utf8)
        let hidden = folder.appendingPathComponent(".trash")
        try FileManager.default.createDirectory(at: hidden, withIntermediateDirectories: true)
        try "# Old".write(to: hidden.appendingPathComponent("vpc.md"), atomically: true, encoding: .utf8)

        let library = try GuideLibrary.builtIn.merging(notesDirectory: folder.path)
        #expect(library.note("private-link")?.title == "Private Link")
        #expect(library.note("my-topic")?.title == "Mine")
        #expect(library.note("vpc")?.title == "VPC")
        #expect(library.topics.count == GuideLibrary.builtIn.topics.count + 1)
    }

    @Test func sameTopicTwiceKeepsTheFirstAndWarns() throws {
        let folder = try Fixtures.temporaryFolder()
        for sub in ["a", "b"] {
            let dir = folder.appendingPathComponent(sub)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try "# From \(sub)".write(to: dir.appendingPathComponent("dup.md"), atomically: true, encoding: .utf8)
        }
        let note = try #require(try GuideLibrary(notes: []).merging(notesDirectory: folder.path).note("dup"))
        #expect(note.title == "From a")
        #expect(note.warnings == ["\(folder.path)/b/dup.md:1: also names topic 'dup'; it is ignored"])
    }

    @Test func aMissingFolderIsUnreadable() {
        #expect(throws: NotesUnreadable("/no/such/notes: no such folder")) {
            try GuideLibrary.builtIn.merging(notesDirectory: "/no/such/notes")
        }
    }

    @Test func aFileInsteadOfAFolderIsUnreadable() throws {
        let file = try Fixtures.temporaryFolder().appendingPathComponent("note.md")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: NotesUnreadable("\(file.path): not a folder")) {
            try GuideLibrary.builtIn.merging(notesDirectory: file.path)
        }
    }

    @Test func relatedIsTheRelatedSectionOnlyAndUnique() {
        let note = Fixtures.note("""
        ## What
        See [[a/vpc]].
        ## Related Services/Resources
        [[x/transit-gateway\\|TGW]] [[x/vpc-peering]] [[transit-gateway|again]] [[test]]
        ## References
        - [Docs](https://docs.aws.amazon.com/a)
        ## Sources
        - fact — [Docs again](https://docs.aws.amazon.com/a) and [More](https://docs.aws.amazon.com/b)
        """)
        let library = GuideLibrary.builtIn
        #expect(library.related(note).map(\.label) == ["TGW", "vpc-peering"])
        #expect(library.linkedTopics(note).map(\.topic) == ["transit-gateway", "vpc-peering", "vpc"])
        #expect(library.sources(note).map(\.url) == ["https://docs.aws.amazon.com/a", "https://docs.aws.amazon.com/b"])
        #expect(library.sources(note).first?.label == "Docs")
    }
}
