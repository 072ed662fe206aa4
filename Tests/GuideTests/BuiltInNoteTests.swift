import Foundation
import Testing
@testable import Guide

/// The notes compiled into the binary: complete, clean, and linked only to each other.
@Suite struct BuiltInNoteTests {
    static let library = GuideLibrary.builtIn
    static let notesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Notes").standardizedFileURL

    @Test func everyNoteFileIsABuiltInTopicAndNothingElseIs() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.notesFolder.path).filter { $0.hasSuffix(".md") }
        #expect(Set(files.map { String($0.dropLast(3)) }) == Set(Self.library.topics),
                "a file added or removed since SwiftPM last planned the build is picked up after `touch Package.swift`")
    }

    @Test(arguments: GuideLibrary.builtIn.topics)
    func embeddedTextIsTheNoteFile(topic: String) throws {
        let text = try #require(EmbeddedNotes.files.first { $0.name == topic }?.text)
        let onDisk = try String(contentsOf: Self.notesFolder.appendingPathComponent("\(topic).md"), encoding: .utf8)
        #expect(text == onDisk)
    }

    @Test func theIssuesTopicsAreAllThere() {
        let required = ["private-link", "interface-endpoint", "gateway-endpoint", "gateway-load-balancer-endpoint",
                        "resource-endpoint", "endpoint-service", "network-load-balancer", "gateway-load-balancer", "vpc",
                        "subnet", "vpc-peering", "transit-gateway", "transit-gateway-peering", "site-to-site-vpn",
                        "direct-connect", "vpc-lattice", "nat-gateway", "cloud-wan"]
        #expect(Set(required).isSubset(of: Set(Self.library.topics)))
        #expect(Self.library.topics.count >= 18)
    }

    @Test(arguments: GuideLibrary.builtIn.topics)
    func parsesCleanlyWithEverySection(topic: String) throws {
        let note = try #require(Self.library.note(topic))
        #expect(note.warnings.isEmpty)
        #expect(!note.title.isEmpty && note.title != topic)
        #expect(!note.summary.isEmpty)
        #expect(note.asOf != nil)
        for heading in ["What", "When", "Where", "Why", "Related", "Sources"] {
            #expect(note.section(startingWith: heading) != nil, "\(topic) has no \(heading) section")
        }
        #expect(!Self.library.related(note).isEmpty, "\(topic) relates to nothing")
        #expect(!Self.library.sources(note).isEmpty, "\(topic) cites no sources")
        for source in Self.library.sources(note) {
            #expect(source.url.hasPrefix("https://"), "\(topic): \(source.url)")
        }
    }

    @Test(arguments: GuideLibrary.builtIn.topics)
    func everyWikilinkResolves(topic: String) throws {
        let note = try #require(Self.library.note(topic))
        for link in note.topicLinks {
            #expect(Self.library.resolves(.topic(link.topic)), "\(topic) links to missing '\(link.topic)'")
        }
    }

    /// A "Changed" callout says when AWS changed the rule, so a reader can tell whether an
    /// older copy of a note predates it.
    @Test(arguments: GuideLibrary.builtIn.topics)
    func changedCalloutsCarryTheDateOfTheChange(topic: String) throws {
        let note = try #require(Self.library.note(topic))
        func titles(_ blocks: [NoteBlock]) -> [String] {
            blocks.flatMap { block -> [String] in
                if case .callout(_, let title, let inner) = block { return [title.plainText] + titles(inner) }
                return []
            }
        }
        for title in note.sections.flatMap({ titles($0.blocks) }) where title.lowercased().hasPrefix("changed") {
            #expect(title.wholeMatch(of: /Changed 20\d\d-\d\d(-\d\d)?/) != nil, "\(topic): '\(title)'")
        }
    }

    @Test func theTwoCrossRegionLaunchesHaveTheirOwnDates() throws {
        let note = try #require(Self.library.note("private-link"))
        let text = NoteText.render(note, width: 200, library: Self.library)
        #expect(text.contains("Changed 2024-11-26") && text.contains("Changed 2025-11"))
        #expect(text.contains("AWS services were not part of this launch"))
        for topic in ["aws-service", "interface-endpoint"] {
            let other = NoteText.render(try #require(Self.library.note(topic)), width: 400, library: Self.library)
            #expect(!other.contains("since 2024-11-26 interface endpoints can reach a few services"), "\(topic)")
            #expect(other.contains("later launch"), "\(topic)")
        }
    }

    @Test func privateLinkSaysWhatChangedAcrossRegions() throws {
        let note = try #require(Self.library.note("private-link"))
        let text = NoteText.render(note, width: 80, library: Self.library)
        #expect(text.contains("2024-11-26"))
        #expect(text.contains("cross-Region"))
    }
}
