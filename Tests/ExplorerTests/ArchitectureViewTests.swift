import Testing
import Guide
@testable import Explorer

@Suite struct ArchitectureViewTests {
    @Test func startsWithAccountsAndRegionsOpen() {
        let lines = screen()
        #expect(lines[0].contains("Northwind Retail"))
        #expect(lines[0].contains("1 Architecture"))
        #expect(lines.contains(text: "▾ data-prod  555566667777"))
        #expect(lines.contains(text: "▾ us-east-1  1 VPC"))
        #expect(lines.contains(text: "▸ Endpoint services"))
        #expect(lines.last?.contains("? help") == true && lines.last?.contains("q quit") == true)
    }

    @Test func downDownEnterShowsTreeInspectorAndGuideSections() {
        let lines = screen("Down Down Enter")
        #expect(lines.contains(text: "▾ orders-data  10.40.0.0/16"))
        #expect(lines.contains(text: "▸ Subnets  4"))
        #expect(lines.contains(text: "CIDRs          10.40.0.0/16"))
        for heading in ["When", "Where", "Why", "Related"] {
            #expect(lines.contains { $0.hasSuffix("││ \(heading)" + String(repeating: " ", count: 37 - heading.count) + "│") },
                    "guide heading \(heading)")
        }
        #expect(lines[0].contains("data-prod › us-east-1 › orders-data"))
    }

    @Test func leftClosesAndThenGoesToTheParent() {
        var s = state("Down Down Enter")
        #expect(s.selectedNode == .element("vpc-0f3e125203a6f5ed2"))
        s = Update.apply(.key(.left), to: s)
        #expect(!s.navigator.expanded.contains(.element("vpc-0f3e125203a6f5ed2")))
        s = Update.apply(.key(.left), to: s)
        #expect(s.selectedNode == .region(account: "555566667777", region: "us-east-1"))
    }

    @Test func endAndHomeJumpToTheEnds() {
        // The last root the default sample has anything under.
        #expect(state("End").selectedNode == .root(.detachedGateways))
        #expect(state("End g").navigator.list.selected == 0)
    }

    @Test func tabFocusesTheInspectorAndEnterFollowsAReference() {
        // Down Down Enter opens orders-data; Tab enters the inspector on its first link (the account).
        var s = state("Down Down Enter Tab")
        #expect(s.focus == .inspector)
        s = Update.apply(.key(.enter), to: s)
        #expect(s.selectedElement?.id == "555566667777")
        s = Update.apply(.key(.backspace), to: s)
        #expect(s.selectedElement?.id == "vpc-0f3e125203a6f5ed2")
        #expect(s.focus == .inspector)
    }

    @Test func guideRelatedLinksOpenAnotherNoteAndBackspaceReturns() {
        var s = state("Down Down Enter Tab Tab")
        #expect(s.focus == .guide)
        let text = GuideContent.text(s, width: 36)
        let related = try! #require(text.links.firstIndex(of: .topic("subnet")))
        s.guidePanel.link = related
        s = Update.apply(.key(.enter), to: s)
        #expect(GuideContent.topic(s) == "subnet")
        #expect(Screen.draw(s).lines.contains(text: "Subnet"))
        s = Update.apply(.key(.backspace), to: s)
        #expect(GuideContent.topic(s) == "vpc")
    }

    @Test func theGuideTitleOpensTheFullNoteReader() {
        let s = state("Down Down Enter Tab Tab Enter")
        #expect(s.overlay == .note(topic: "vpc", offset: 0))
        let lines = Screen.draw(s).lines
        #expect(lines.contains(text: "Guide: vpc (Esc closes)"))
        #expect(lines.contains(text: "What"))
        #expect(state("Down Down Enter Tab Tab Enter Escape").overlay == nil)
        #expect(state("Down Down Enter o").overlay == .note(topic: "vpc", offset: 0))
    }

    @Test func anEndpointShowsItsServiceInTheInspectorAndItsKindInTheGuide() {
        let s = state(": storefront-to-payments Enter")
        #expect(s.selectedElement?.id == "vpce-0a9ea7709f38ec82b")
        let lines = Screen.draw(s).lines
        #expect(lines[0].contains("storefront › Endpoints › storefront-to-payments-api"))
        #expect(lines.contains(text: "service        "))
        #expect(lines.contains(text: "Interface Endpoint"))
        #expect(s.history.count == 1)
    }
}

@Suite struct ReplacedNotePanelTests {
    @Test func thePanelSaysWhenTheUsersNoteReplacesTheBuiltInOne() throws {
        let mine = NoteParser.parse("# My VPC\n## When\n- always\n", file: "vpc.md", topic: "vpc")
        let library = GuideLibrary(notes: GuideLibrary.builtIn.allNotes + [mine])
        #expect(library.replacedNote("vpc")?.title == "VPC")
        #expect(GuideLibrary.builtIn.replacedNote("vpc") == nil)
        let model = ExplorerModel(topology: sampleModel.topology, guide: library)
        let s = state("Down Down", model: model)
        let text = GuideContent.text(s, width: 80).lines.map { $0.map(\.text).joined() }
        #expect(text.contains("Your note; it replaces linkscope's own (facts as of 2026-11-30)."))
    }
}
