import SafeText
import Topology
import Testing
@testable import Explorer

@Suite struct FrameTests {
    @Test func putClipsAndReportsColumns() {
        var frame = Frame(width: 10, height: 2)
        #expect(frame.put("hello world", x: 2, y: 0) == 8)
        #expect(frame.lines == ["  hello wo", ""])
        #expect(frame.put("abc", x: 0, y: 1, limit: 2) == 2)
        #expect(frame.lines[1] == "ab")
    }

    @Test func wideCharactersTakeTwoCellsAndNeverHalfFit() {
        var frame = Frame(width: 5, height: 1)
        #expect(frame.put("東京x", x: 0, y: 0) == 5)
        #expect(frame[1, 0].isContinuation)
        #expect(frame.lines == ["東京x"])
        var narrow = Frame(width: 3, height: 1)
        #expect(narrow.put("東京", x: 0, y: 0) == 2)
        #expect(narrow.lines == ["東"])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var frame = Frame(width: 4, height: 1)
        frame.put("東京", x: 0, y: 0)
        frame.put("a", x: 1, y: 0)
        #expect(frame.lines == [" a京"])
        #expect(!frame[1, 0].isContinuation)
    }

    @Test func controlCharactersFromDataAreEscaped() {
        var frame = Frame(width: 30, height: 1)
        frame.put("x\u{1B}]0;owned\u{07}", x: 0, y: 0)
        #expect(frame.lines == ["x\\e]0;owned\\u{7}"])
    }

    @Test func asciiGlyphsDrawPlainBordersAndReplaceWideText() {
        var frame = Frame(width: 8, height: 3, glyphs: .ascii)
        frame.box(frame.area, title: "東")
        #expect(frame.lines == ["+ ? ---+", "|      |", "+------+"])
    }

    @Test func boxDrawsTitleAndBorder() {
        var frame = Frame(width: 10, height: 3)
        frame.box(frame.area, title: "Pane")
        #expect(frame.lines == ["┌ Pane ──┐", "│        │", "└────────┘"])
    }
}

@Suite struct LayoutTests {
    let area = Rect(x: 0, y: 0, width: 100, height: 10)

    @Test func fixedPercentAndFillShareTheWidth() {
        let parts = Layout.split(area, .horizontal, [.fixed(20), .percent(30), .fill])
        #expect(parts.map(\.width) == [20, 30, 50])
        #expect(parts.map(\.x) == [0, 20, 50])
    }

    @Test func minimumsGrowLikeFill() {
        let parts = Layout.split(area, .horizontal, [.min(10), .fill, .fixed(10)])
        #expect(parts.map(\.width) == [50, 40, 10])
    }

    @Test func tooLittleRoomShrinksFromTheEnd() {
        let parts = Layout.split(Rect(x: 0, y: 0, width: 15, height: 1), .horizontal, [.fixed(10), .fixed(10)])
        #expect(parts.map(\.width) == [10, 5])
    }

    @Test func verticalSplitsRows() {
        let parts = Layout.split(area, .vertical, [.fixed(1), .fill, .fixed(1)])
        #expect(parts.map(\.height) == [1, 8, 1])
        #expect(parts.map(\.y) == [0, 1, 9])
    }
}

@Suite struct WidgetTests {
    @Test func richTextWrapsAtWordsAndKeepsLinks() {
        var text = RichText(width: 12)
        let link = text.link(.element("vpc-1"))
        text.add([Span("reach the "), Span("payments vpc", .link, link: link), Span(" privately")])
        #expect(text.lines.map { $0.map(\.text).joined() } == ["reach the", "payments vpc", "privately"])
        #expect(text.line(ofLink: link) == 1)
    }

    @Test func richTextCutsLongParagraphsWithAnEllipsis() {
        var text = RichText(width: 10)
        text.add([Span("one two three four five six seven")], maxLines: 2)
        #expect(text.lines.map { $0.map(\.text).joined() } == ["one two", "three fou…"])
    }

    @Test func listStateKeepsTheSelectionVisible() {
        var list = ListState()
        list.move(15, count: 20, height: 5)
        #expect(list.selected == 15 && list.offset == 11)
        list.move(-100, count: 20, height: 5)
        #expect(list.selected == 0 && list.offset == 0)
        list.scroll(30, count: 20, height: 5)
        #expect(list.offset == 15 && list.selected == 15)
    }

    @Test func keyNamesFollowTmux() {
        #expect(KeyNames.parse("Down C-c BTab F5 / vpc Enter") ==
                [.down, .control("c"), .backTab, .function(5), .character("/"), .character("v"), .character("p"),
                 .character("c"), .enter])
    }

    @Test func displayWidthCountsWideAndZeroWidth() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("東京") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    @Test func fillingOverHalfAWideCharacterBlanksTheOtherHalf() {
        var frame = Frame(width: 6, height: 1)
        frame.put("東京", x: 0, y: 0)
        frame.fill(Rect(x: 1, y: 0, width: 2, height: 1))
        #expect(frame.lines == [""])
        frame.put("東京", x: 0, y: 0)
        frame.fill(Rect(x: 0, y: 0, width: 3, height: 1))
        #expect(frame.lines == [""])
        #expect(frame[3, 0] == .blank)
    }
}
