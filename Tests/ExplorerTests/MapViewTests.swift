import Analysis
import Testing
@testable import Explorer

/// View 6: the map opens on the previous view's selection, walks along lines, and
/// widens and narrows; every key is handled by the map's own scope.
@Suite struct MapViewTests {
    static let storefront = "vpc-0f5400cb341c90ca7"
    static let paymentsService = "vpce-svc-091579abe22b96e29"
    static let paymentsVPC = "vpc-091b5df296ee37041"

    @Test func opensCentredOnThePreviousSelection() {
        let s = state(": \(Self.storefront) Enter 6")
        #expect(s.view == .map)
        #expect(s.map.focus == Self.storefront && s.map.selected == Self.storefront)
        #expect(screen(": \(Self.storefront) Enter 6").contains(text: "Map: storefront, 1 hop"))
    }

    @Test func anEndpointOpensOnItsVPC() throws {
        guard case .endpoint(let endpoint)? = state("2 Down").selectedElement else {
            Issue.record("view 2 selects an endpoint")
            return
        }
        let s = state("2 Down 6")
        #expect(s.map.focus == endpoint.vpc)
        #expect(s.map.layout?.box(of: endpoint.vpc) != nil)
    }

    @Test func tabPicksALineAndEnterFollowsItThenBackspaceReturns() throws {
        let walk = ": \(Self.storefront) Enter 6 Tab"
        let picked = state(walk)
        let edge = try #require(picked.map.edge.flatMap { picked.map.layout?.graph.edges[$0] })
        #expect(edge.kind == .privateLink && edge.to == Self.paymentsService)
        let followed = state(walk + " Enter")
        #expect(followed.map.focus == Self.paymentsService && followed.map.selected == Self.paymentsService)
        #expect(followed.map.edge == nil)
        let back = state(walk + " Enter BSpace")
        #expect(back.map.focus == Self.storefront && back.map.selected == Self.storefront)
    }

    @Test func aPrivateLinkWalkReachesTheProviderVPC() {
        // storefront → (PrivateLink) → the endpoint service → (its NLB) → payments-api.
        let s = state(": \(Self.storefront) Enter 6 Tab Enter Tab Tab Enter")
        #expect(s.map.selected == Self.paymentsVPC)
        #expect(s.selectedElement?.name == "payments-api")
    }

    @Test func arrowsMoveToTheNearestBoxThatWay() throws {
        let s = state(": \(Self.storefront) Enter 6 Right")
        let layout = try #require(s.map.layout)
        let from = try #require(layout.box(of: Self.storefront)), to = try #require(layout.box(of: s.map.selected ?? ""))
        #expect(s.map.selected != Self.storefront)
        #expect(to.x > from.x)
        #expect(state(": \(Self.storefront) Enter 6 Right Left").map.selected == Self.storefront)
    }

    @Test func plusAndMinusChangeTheHops() {
        #expect(state(": \(Self.storefront) Enter 6 +").map.hops == 2)
        #expect(state(": \(Self.storefront) Enter 6 + + - ").map.hops == 2)
        #expect(state(": \(Self.storefront) Enter 6 -").map.hops == 1)
        // The default sample is small enough to show whole.
        #expect(state(": \(Self.storefront) Enter 6 + + +").map.hops == nil)
        let one = state(": \(Self.storefront) Enter 6").map.layout?.boxes.count ?? 0
        let two = state(": \(Self.storefront) Enter 6 +").map.layout?.boxes.count ?? 0
        #expect(two > one)
    }

    @Test func theMapKeysAreItsOwn() {
        let s = state(": \(Self.storefront) Enter 6")
        #expect(KeyBindings.command(for: .tab, in: s) == .nextLine)
        #expect(KeyBindings.command(for: .character("s"), in: s) == nil, "the tables' sort is not the map's")
        let hints = KeyBindings.hints(s).compactMap(\.hint)
        #expect(hints.contains("line") && !hints.contains("pane") && !hints.contains("sort"))
    }

    @Test func theHelpShowsTheLegend() {
        let lines = screen(": \(Self.storefront) Enter 6 ?", height: 60)
        #expect(lines.contains(text: "Map legend"))
        #expect(lines.contains(text: "PrivateLink (interface endpoint)"))
    }

    @Test func filterKeepsMatchingBoxes() {
        let s = state(": \(Self.storefront) Enter 6 / s3 Enter")
        let names = s.map.layout?.graph.nodes.map(\.name) ?? []
        #expect(!names.isEmpty && names.allSatisfy { $0.lowercased().contains("s3") })
    }

    @Test func boxesAndLinesFitThePaneAtEverySize() {
        for (w, h) in [(50, 12), (80, 24), (120, 40), (200, 60)] {
            let lines = screen(": \(Self.storefront) Enter 6", width: w, height: h)
            #expect(lines.count == h)
        }
    }

    @Test func aClickSelectsTheBoxUnderThePointer() throws {
        var s = state(": \(Self.storefront) Enter 6")
        let layout = try #require(s.map.layout)
        let target = try #require(layout.boxes.first { layout.graph.nodes[$0.node].id != Self.storefront })
        let pane = PaneLayout.panes(s).list.inner
        s = Update.apply(.click(x: pane.x + target.x - s.map.originX + 1, y: pane.y + target.y - s.map.originY + 1), to: s)
        #expect(s.map.selected == layout.graph.nodes[target.node].id)
    }

    @Test func findingsCarryTheirMarks() {
        // analytics-sts has private DNS on in a VPC without DNS hostnames: an error.
        let lines = screen(": vpc-047b3efc1bd3bdb54 Enter 6")
        #expect(lines.contains(text: "✗ ◆ analytics-sts"))
        #expect(!lines.contains(text: "✗ ▣ analytics-s3"))
    }

    @Test func outsideUTF8TheMapIsASCII() {
        let s = state(": \(Self.storefront) Enter 6 Tab", glyphs: .ascii)
        let lines = Screen.draw(s).lines
        #expect(lines.allSatisfy { $0.allSatisfy(\.isASCII) })
        #expect(lines.contains(text: "+-") && lines.contains(text: "I storefront-to-payments-api"))
    }
}
