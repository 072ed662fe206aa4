import Testing
@testable import Explorer

@Suite struct TableViewTests {
    @Test func endpointsViewListsEveryEndpointWithColumns() {
        let lines = screen("2")
        #expect(lines.contains(text: "Endpoints (12)"))
        #expect(lines.contains(text: "ID ↑"))
        for column in ["NAME", "TYPE", "VPC", "SERVICE", "STATE", "ZONE IDS", "DNS"] {
            #expect(lines[2].contains(column), "column \(column)")
        }
        #expect(lines.contains(text: "vpce-0a9ea7709f38ec82b"))
    }

    @Test func sortingCyclesColumnsAndReverses() {
        let byName = state("2 s")
        #expect(byName.endpointTable.sortColumn == 1)
        let names = byName.endpointTable.order.map { sampleModel.topology.endpoints[$0].name }
        #expect(names == names.sorted())
        let reversed = state("2 s r").endpointTable.order.map { sampleModel.topology.endpoints[$0].name }
        #expect(reversed == names.reversed())
        #expect(Screen.draw(state("2 s r")).lines[2].contains("NAME ↓"))
    }

    @Test func enterMovesToTheInspectorOfTheSelectedRow() {
        let s = state("2 Down Enter")
        #expect(s.focus == .inspector)
        #expect(s.selectedElement?.id == sampleModel.topology.endpoints[1].id)
    }

    @Test func servicesViewCountsConsumers() {
        let s = state("3", height: 80)
        let lines = Screen.draw(s).lines
        #expect(lines.contains(text: "Services (7)"))
        #expect(lines[2].contains("CONSUMERS"))
        #expect(lines.contains(text: "consumers (1)"))
    }

    @Test func followingALinkToAnotherKindGoesToTheNavigator() {
        // In the services view, the first service's first link is a load balancer.
        let s = state("3 Tab Enter")
        #expect(s.view == .architecture)
        #expect(s.selectedElement?.kind == .loadBalancer)
        #expect(state("3 Tab Enter BSpace").view == .services)
    }
}

@Suite struct FilterAndJumpTests {
    @Test func filterNarrowsTheTreeLiveAndEscapeClears() {
        let s = state("/ egress")
        #expect(s.prompt?.kind == .filter)
        #expect(s.navigator.rows.contains { $0.node == .element("vpc-0778c02db6e2b31a1") })
        #expect(!s.navigator.rows.contains { $0.node == .account("555566667777") })
        let lines = Screen.draw(s).lines
        #expect(lines.last?.hasPrefix("/egress") == true)
        #expect(state("/ egress Escape").navigator.rows.count == state().navigator.rows.count)
        #expect(state("/ egress Enter").filter == "egress")
        #expect(state("/ egress Enter").prompt == nil)
    }

    @Test func filterAppliesToTables() {
        let s = state("2 / gateway-load Enter")
        #expect(s.endpointTable.order.count == 2)
        #expect(Screen.draw(s).lines.contains(text: "Endpoints (2) /gateway-load"))
    }

    @Test func filterThatMatchesNothingSaysSo() {
        #expect(screen("/ zzzz").contains(text: "nothing matches"))
    }

    @Test func jumpCompletesIdsAndNames() {
        let s = state(": orders")
        #expect(s.prompt?.completions.first == "vpc-0f3e125203a6f5ed2")
        let lines = Screen.draw(s).lines
        #expect(lines.contains(text: "orders-data  vpc-0f3e125203a6f5ed2  VPC"))
        let jumped = state(": orders Enter")
        #expect(jumped.selectedElement?.id == "vpc-0f3e125203a6f5ed2")
        #expect(jumped.prompt == nil)
    }

    @Test func jumpToNothingSaysSo() {
        let s = state(": zzzz Enter")
        #expect(s.message == "Nothing has the id or name 'zzzz'")
        #expect(Screen.draw(s).lines.last?.contains("Nothing has the id or name 'zzzz'") == true)
    }
}

@Suite struct ChromeTests {
    @Test func helpListsTheLiveKeyTableForThisView() {
        let lines = screen("2 ?")
        #expect(lines.contains(text: "Help: keys here (Esc closes)"))
        #expect(lines.contains(text: "Endpoints view"))
        #expect(lines.contains(text: "sort by the next column"))
        #expect(!screen("?").contains(text: "sort by the next column"))
        #expect(state("? Escape").overlay == nil)
    }

    @Test func tooSmallShowsANoticeAndOnlyQuitWorks() {
        #expect(screen(width: 20, height: 6)[0] == "Enlarge to 50x12")
        #expect(screen(width: 1, height: 1) == ["E"])
        #expect(state("Down", width: 20, height: 6).navigator.list.selected == 0)
        #expect(state("q", width: 20, height: 6).quit)
    }

    @Test func resizeKeepsTheSelectionVisible() {
        var s = state("End")
        s = Update.apply(.resize(width: 80, height: 12), to: s)
        #expect(s.navigator.list.selected >= s.navigator.list.offset && s.navigator.list.selected < s.navigator.list.offset + PaneLayout.listHeight(s))
        #expect(Screen.draw(s).lines.count == 12)
    }

    @Test func quitKeysQuit() {
        #expect(state("q").quit)
        #expect(state("C-c").quit)
    }

    @Test func asciiLocaleDrawsNoBoxCharacters() {
        let frame = Screen.draw(state(glyphs: .ascii))
        #expect(frame.text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(frame.lines[1].hasPrefix("+ Navigator -"))
    }

    @Test func namesWithControlCharactersAreEscapedOnScreen() throws {
        let m = try model("""
        format: linkscope/v1
        name: "evil \\e]0;x\\a"
        vpcs:
          - {id: vpc-1, name: "owned \\e[2J", account: "111122223333", region: us-east-1, cidrs: [10.0.0.0/16]}
        """)
        let lines = screen("Down Down", model: m)
        #expect(lines[0].contains("evil \\e]0;x\\u{7}"))
        #expect(lines.contains(text: "owned \\e[2J"))
        #expect(!lines.joined.contains("\u{1B}"))
    }
}

@Suite struct MouseTests {
    @Test func clickSelectsARowAndFocusesItsPane() {
        var s = state("Tab")
        s = Update.apply(.click(x: 5, y: 4), to: s)
        #expect(s.focus == .list)
        #expect(s.navigator.list.selected == 2)
    }

    @Test func clickOnALinkFollowsIt() {
        var s = state("Down Down Enter")
        // The inspector's "account" line links to the account: click on its name.
        let row = Screen.draw(s).lines.firstIndex { $0.contains("account        data-prod") }!
        let column = Screen.draw(s).lines[row].range(of: "data-prod 5")!.lowerBound.utf16Offset(in: Screen.draw(s).lines[row])
        s = Update.apply(.click(x: column, y: row), to: s)
        #expect(s.selectedElement?.id == "555566667777")
    }

    @Test func wheelScrollsTheListUnderThePointer() {
        var s = state(height: 14)
        s = Update.apply(.wheel(x: 5, y: 5, delta: 1), to: s)
        #expect(s.navigator.list.offset == 3)
    }
}
