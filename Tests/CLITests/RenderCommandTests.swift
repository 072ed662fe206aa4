import Foundation
import Testing

@Suite struct RenderCommandTests {
    @Test func downDownEnterShowsTreeInspectorAndGuide() throws {
        let run = try linkscope("render", "--size", "120x40", "--keys", "Down Down Enter")
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 40)
        #expect(lines.allSatisfy { $0.count <= 120 })
        #expect(run.stdout.contains("Navigator") && run.stdout.contains("Inspector") && run.stdout.contains("Guide"))
        for heading in ["│ When ", "│ Where ", "│ Why ", "│ Related "] { #expect(run.stdout.contains(heading), "\(heading)") }
    }

    @Test func badSizeIsAUsageError() throws {
        #expect(try linkscope("render", "--size", "wide").status == 64)
        #expect(try linkscope("render", "--size", "0x10").status == 64)
    }

    @Test func userNotesReplaceBuiltInOnesInThePanel() throws {
        let note = try temporaryFile("vpc.md", """
        ---
        {"title": "My VPC rules"}
        ---
        # My VPC rules
        ## When
        - Always ask the network team first.
        """)
        let folder = URL(fileURLWithPath: note).deletingLastPathComponent().path
        let run = try linkscope("render", "--notes", folder, "--keys", "Down Down")
        #expect(run.stdout.contains("My VPC rules"))
        #expect(run.stdout.contains("Always ask the network"))
    }

    @Test func sourcesAreExploredToo() throws {
        let run = try linkscope("render", "--source", "sample:saas-privatelink", "--size", "100x30")
        #expect(run.stdout.contains("globex"))
        #expect(try linkscope("render", "--source", "sample:saas-privatelink", "--size", "160x30").stdout.hasPrefix(" SaaS over PrivateLink"))
    }
}
