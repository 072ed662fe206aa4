import Foundation
import Testing

/// `linkscope guide`: the list, a note as text and JSON, the user's own notes, exit codes.
@Suite struct GuideCommandTests {
    /// The seed note, kept with the guide's tests, saved into a new folder as `private-link.md`.
    static func seedFolder() throws -> String {
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../GuideTests/Fixtures/seed-private-link.md").standardizedFileURL
        let file = try temporaryFile("private-link.md", String(contentsOf: seed, encoding: .utf8))
        return URL(fileURLWithPath: file).deletingLastPathComponent().path
    }

    /// Text with line breaks and indentation collapsed, to find phrases wherever lines wrap.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test func listsAtLeastEighteenTopicsWithSummaries() throws {
        let run = try linkscope("guide")
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("TOPIC ") == true && lines.first?.contains("SUMMARY") == true)
        #expect(lines.count - 1 >= 18)
        #expect(lines.contains { $0.hasPrefix("private-link ") && $0.contains("Private one-way access") })
    }

    @Test func privateLinkShowsItsSectionsAndTheCrossRegionChange() throws {
        let run = try linkscope("guide", "private-link")
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for heading in ["What", "When", "Where", "Why", "Related Services/Resources", "Sources"] {
            #expect(lines.contains(heading), "no \(heading) heading")
        }
        #expect(run.stdout.contains("2024-11-26"))
        #expect(Self.flat(run.stdout).contains("New rule: an interface endpoint can connect to an endpoint service in another Region"))
        #expect(!run.stdout.contains("[["))
        #expect(lines.allSatisfy { $0.count <= 80 || $0.hasPrefix("[") }, "lines wider than 80 outside the link list")
    }

    @Test func theSeedAsAUserNoteShowsItsKeyComponentsAndRelatedLabels() throws {
        let run = try linkscope("guide", "private-link", "--notes", Self.seedFolder())
        #expect(run.status == 0)
        for component in ["Interface endpoint", "Gateway Endpoint", "Gateway Load Balancer Endpoint",
                          "Network Load Balancer", "Gateway Load Balancer"] {
            #expect(run.stdout.contains("- \(component)"), "\(component) missing")
        }
        #expect(run.stdout.contains("[info] Key Components:"))
        #expect(run.stdout.contains("Related Services/Resources\n--------------------------\nnetwork-load-balancer gateway-load-balancer"))
        #expect(Self.flat(run.stdout).contains("choose vpc-peering, transit-gateway-peering, or deploy"))
        #expect(!run.stdout.contains("[["))
        #expect(!run.stdout.contains("**"))
    }

    @Test func theSeedAsJSONListsTheFourTopicsItLinksTo() throws {
        let run = try linkscope("guide", "private-link", "--notes", Self.seedFolder(), "--json")
        #expect(run.status == 0)
        let object = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["topic"] as? String == "private-link")
        #expect(object["title"] as? String == "Private Link")
        let related = try #require(object["related"] as? [[String: Any]])
        #expect(related.compactMap { $0["topic"] as? String }
            == ["network-load-balancer", "gateway-load-balancer", "vpc-peering", "transit-gateway-peering"])
        #expect(related.allSatisfy { $0["resolves"] as? Bool == true })
        let sections = try #require(object["sections"] as? [[String: Any]])
        #expect(sections.compactMap { $0["heading"] as? String }
            == ["", "What", "When", "Where", "Why", "Related Services/Resources", "References"])
        let what = try #require(sections.first { $0["heading"] as? String == "What" }?["text"] as? String)
        #expect(what.contains("[info] Key Components:\n  - Endpoints (Consumer side):\n    - Interface endpoint"))
        let sources = try #require(object["sources"] as? [[String: Any]])
        #expect(sources.first?["url"] as? String == "https://docs.aws.amazon.com/vpc/latest/privatelink/what-is-privatelink.html")
        #expect((object["warnings"] as? [Any])?.isEmpty == true)
    }

    @Test func builtInJSONHasEverySectionAndSources() throws {
        let run = try linkscope("guide", "interface-endpoint", "--json")
        let object = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["asOf"] is String)
        let headings = (object["sections"] as? [[String: Any]])?.compactMap { $0["heading"] as? String } ?? []
        #expect(Array(headings.prefix(4)) == ["What", "When", "Where", "Why"])
        #expect(((object["sources"] as? [Any])?.count ?? 0) >= 3)
        #expect(((object["related"] as? [[String: Any]]) ?? []).contains { $0["topic"] as? String == "private-link" })
    }

    @Test func aTitleFindsItsNote() throws {
        let run = try linkscope("guide", "Transit Gateway")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Transit Gateway\n"))
    }

    @Test func anUnknownTopicExits65WithSuggestions() throws {
        let run = try linkscope("guide", "privat-link")
        #expect(run.status == 65)
        #expect(run.stderr.contains("no guide note on 'privat-link'; did you mean 'private-link'"))
    }

    @Test func aMissingNotesFolderExits66() throws {
        let run = try linkscope("guide", "--notes", "/no/such/notes/folder")
        #expect(run.status == 66)
        #expect(run.stderr.contains("/no/such/notes/folder: no such folder"))
    }

    @Test func aMalformedUserNoteStillShowsWithWarningsOnStderr() throws {
        let file = try temporaryFile("broken.md", "# Broken\n## What\nan **unclosed note\u{1B}[31m\n")
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().path
        let run = try linkscope("guide", "broken", "--notes", folder)
        #expect(run.status == 0)
        #expect(run.stdout.contains("an **unclosed note\\e[31m"))
        #expect(run.stderr.contains("broken.md:3: unclosed '**'"))
        #expect(!run.stdout.contains("\u{1B}"))
    }
}

@Suite struct ReplacedNoteTests {
    @Test func aUserNoteThatReplacesABuiltInOneSaysSo() throws {
        let seed = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../GuideTests/Fixtures/seed-private-link.md").standardizedFileURL, encoding: .utf8)
        let folder = URL(fileURLWithPath: try temporaryFile("private-link.md", seed)).deletingLastPathComponent().path
        let text = try linkscope("guide", "private-link", "--notes", folder)
        #expect(text.stdout.contains("(This is your note. It replaces linkscope's own note on private-link, facts as of 2026-11-30;"))
        let json = try linkscope("guide", "private-link", "--notes", folder, "--json")
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["replacesBuiltIn"] as? [String: Any])?["asOf"] as? String == "2026-11-30")
        let builtIn = try linkscope("guide", "private-link", "--json")
        let plain = try #require(JSONSerialization.jsonObject(with: Data(builtIn.stdout.utf8)) as? [String: Any])
        #expect(plain["replacesBuiltIn"] is NSNull)
    }
}
