import Testing
@testable import SafeText

/// The one wrapping routine: every line fits, every call ends, and it breaks where a
/// reader expects (spaces, then separators, then characters).
@Suite(.timeLimit(.minutes(1))) struct LineWrapTests {
    static let samples = [
        "storefront-to-payments-api com.amazonaws.vpce.us-east-1.vpce-svc-091579abe22b96e29",
        "東京 大阪府 東京都庁 ソウル 서울특별시 北京",
        "emoji 👩‍💻 and 🇯🇵 flags 🏳️‍🌈 with text",
        "combining e\u{301}e\u{301} a\u{308} Z\u{335}\u{31B} devanagari क्षि",
        "RTL שלום עולם مرحبا بالعالم mixed",
        "a",
        "",
        "     leading spaces and trailing      ",
        String(repeating: "x", count: 250),
        String(repeating: "東", count: 110),
    ]

    @Test(arguments: 1...200)
    func everyLineFitsAndTextIsKept(width: Int) {
        for text in Self.samples {
            for indent in [0, 2, width - 1, width + 3] {
                let lines = LineWrap.lines([(text, 0)], width: width, indent: indent)
                for line in lines {
                    let lead = line.indented ? indent : 0
                    let used = lead + line.runs.reduce(0) { $0 + DisplayWidth.of($1.text) }
                    #expect(used <= width, "width \(width) indent \(indent): \(line.runs.map(\.text))")
                }
                let kept = String(lines.flatMap { $0.runs.map(\.text) }.joined().filter { $0 != " " })
                let wide = text.contains { DisplayWidth.of($0) > width }
                if !wide { #expect(kept == String(text.filter { $0 != " " }), "width \(width) indent \(indent)") }
            }
        }
    }

    @Test func aLongNameBreaksAfterItsParts() {
        let lines = LineWrap.plain("com.amazonaws.vpce.us-east-1.vpce-svc-091579abe22b96e29", width: 30)
        #expect(lines == ["com.amazonaws.vpce.us-east-1.", "vpce-svc-091579abe22b96e29"])
    }

    @Test func hyphensBreakOnlyWhenAPartIsLongerThanALine() {
        #expect(LineWrap.plain("storefront-endpoints-a eu", width: 12) == ["storefront-", "endpoints-a", "eu"])
        #expect(LineWrap.plain("vpc peering storefront-eu", width: 14) == ["vpc peering", "storefront-eu"])
    }

    @Test func punctuationNeverStartsALine() {
        // From the width of the longest item on: narrower, an item itself must be cut.
        let runs = [("subnet", 0), (", ", 1), ("vpc", 0), (", ", 1), ("transit-gateway", 0), (", ", 1), ("vpn", 0)]
        for width in 16...40 {
            for line in LineWrap.lines(runs, width: width) {
                #expect(line.runs.first?.text.first != ",", "width \(width)")
            }
        }
    }

    @Test func wideCharactersCountTwoColumns() {
        #expect(LineWrap.plain("東京都 大阪府", width: 10) == ["東京都", "大阪府"])
        #expect(LineWrap.plain("abc def", width: 10) == ["abc def"])
    }

    @Test func anIndentThatLeavesNoRoomGivesWay() {
        // The defect that hung the explorer: one column left, then a double-width character.
        let lines = LineWrap.lines([("account      東京", 0)], width: 14, indent: 13)
        #expect(lines.count >= 2)
        #expect(lines.contains { !$0.indented && $0.runs.map(\.text).joined() == "東京" })
    }

    @Test func aCharacterWiderThanTheWholeLineIsMarked() {
        #expect(LineWrap.plain("東", width: 1) == ["…"])
    }

    @Test func continuationLinesTakeTheRestPrefix() {
        #expect(LineWrap.plain("one two three", width: 9, first: "- ", rest: "  ") == ["- one two", "  three"])
    }

    @Test func glueKeepsWordsTogether() {
        #expect(LineWrap.plain("see label\u{00A0}[1] now", width: 12) == ["see", "label [1]", "now"])
    }
}

/// A line that fits takes the short way; it must read exactly as the general way lays it out.
@Suite struct LineWrapFitTests {
    static func general(_ runs: [(text: String, attribute: Int)], width: Int, indent: Int) -> [LineWrap.Line<Int>] {
        var layout = LineWrap.Layout<Int>(width: max(1, width), indent: max(0, indent))
        for word in LineWrap.words(runs) { layout.place(word) }
        return layout.finish()
    }

    @Test(arguments: ["plain", "  leading kept", "trailing dropped   ", "a  b   c ", "", "   ", "東京 tokyo", "x,y z"])
    func aFittingLineReadsAsTheGeneralPathLaysItOut(_ text: String) {
        let runs = [(text: "» ", attribute: 1), (text: text, attribute: 0), (text: "", attribute: 2)]
        for slack in [0, 3] {
            let width = DisplayWidth.of("» " + text) + slack
            let short = LineWrap.lines(runs, width: width, indent: 4)
            let long = Self.general(runs, width: width, indent: 4)
            #expect(short.map { $0.runs.map(\.text).joined() } == long.map { $0.runs.map(\.text).joined() }, "'\(text)'")
            #expect(short.map(\.indented) == long.map(\.indented))
            // Attributes stay with their text: the same character count per attribute.
            func perAttribute(_ lines: [LineWrap.Line<Int>]) -> [Int: Int] {
                lines.flatMap(\.runs).reduce(into: [:]) { $0[$1.attribute, default: 0] += $1.text.count }
            }
            #expect(perAttribute(short) == perAttribute(long))
        }
    }
}
