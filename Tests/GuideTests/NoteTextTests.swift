import Testing
@testable import Guide

/// The plain-text layout: headings, wrapping, bullets, callouts, links, sanitising.
@Suite struct NoteTextTests {
    private let library = GuideLibrary.builtIn

    @Test func titleSummaryDateAndUnderlinedHeadings() {
        let note = Fixtures.note("---\n{\"title\":\"T\",\"summary\":\"S\",\"asOf\":\"2026-01-01\"}\n---\n## What\nBody.")
        #expect(NoteText.render(note, width: 80, library: library) == "T\n=\nS\nAs of 2026-01-01\n\nWhat\n----\nBody.")
    }

    @Test func paragraphsWrapToTheWidthWithoutMarkup() {
        let note = Fixtures.note("## What\nThe **quick** brown _fox_ jumps over the `lazy` dog and keeps running far away.")
        let body = NoteText.render(section: note.sections[0], width: 24, library: library)
        #expect(body == "The quick brown fox\njumps over the lazy dog\nand keeps running far\naway.")
    }

    @Test func bulletsIndentByLevelWithHangingContinuations() {
        let note = Fixtures.note("## When\n- one two three four five six\n  - nested item that wraps around\n- last")
        let body = NoteText.render(section: note.sections[0], width: 20, library: library)
        #expect(body == """
        - one two three four
          five six
          - nested item that
            wraps around
        - last
        """)
    }

    @Test func calloutsShowKindTitleAndIndentedContent() throws {
        let what = try #require(try Fixtures.seed().section(startingWith: "What"))
        let body = NoteText.render(section: what, width: 80, library: library)
        #expect(body.hasSuffix("""
        [info] Key Components:
          - Endpoints (Consumer side):
            - Interface endpoint
            - Gateway Endpoint: ONLY for S3 and DynamoDB access, and Private Link is NOT
              used
            - Gateway Load Balancer Endpoint
          - Endpoint services (Provider side):
            - Network Load Balancer
            - Gateway Load Balancer
        """))
    }

    @Test func wikilinksShowTheirLabelsAndUnresolvedOnesSaySo() {
        let note = Fixtures.note("## Related\n[[aws/x/vpc-peering\\|peering]] [[aws/x/nowhere]]")
        let body = NoteText.render(section: note.sections[0], width: 80, library: library)
        #expect(body == "peering nowhere (no note)")
    }

    @Test func webLinksAreNumberedAndListedAtTheEnd() throws {
        let note = try Fixtures.seed()
        let text = NoteText.render(note, width: 80, library: library)
        #expect(text.contains("- AWS Private Link [1]"))
        #expect(text.hasSuffix("Links:\n[1] https://docs.aws.amazon.com/vpc/latest/privatelink/what-is-privatelink.html"))
        #expect(!text.contains("[["))
        #expect(!text.contains("**"))
        #expect(text.contains("[image: Private Link.png]"))
    }

    @Test func theSameAddressKeepsOneNumber() {
        let note = Fixtures.note("## Sources\n- [a](https://x.test/1)\n- [b](https://x.test/2)\n- [c](https://x.test/1)")
        let body = NoteText.render(section: note.sections[0], width: 80, library: library)
        #expect(body == "- a [1]\n- b [2]\n- c [1]\n\nLinks:\n[1] https://x.test/1\n[2] https://x.test/2")
    }

    @Test func controlCharactersAreEscaped() {
        let note = Fixtures.note("---\ntitle: \"evil\u{1B}]0;x\u{07}\"\n---\n## What\u{1B}[2J\nred \u{1B}[31m text [l](https://x\u{1B}y)")
        let text = NoteText.render(note, width: 80, library: library)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(text.contains("evil\\e]0;x\\u{7}"))
        #expect(text.contains("red \\e[31m text"))
    }

    @Test func everyLineFitsTheWidth() throws {
        let note = try #require(library.note("subnet"))
        for width in [40, 60, 100] {
            let lines = NoteText.render(note, width: width, library: library).split(separator: "\n")
            // Addresses are never split, so only the link list may overflow.
            let body = lines.prefix { $0 != "Links:" }
            for line in body { #expect(line.count <= width, "\(width): \(line)") }
        }
    }
}
