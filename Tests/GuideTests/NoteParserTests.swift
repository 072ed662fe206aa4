import Testing
@testable import Guide

/// The block structure of the format: front matter, title, sections, paragraphs, bullets, callouts.
@Suite struct NoteParserTests {
    @Test func jsonFrontMatterGivesTitleSummaryAndDate() {
        let note = Fixtures.note("""
        ---
        {"dg-publish":true,"title":"AWS PrivateLink","summary":"Private access","asOf":"2026-11-27","tags":["a"]}
        ---
        # Heading title

        ## What
        Text.
        """)
        #expect(note.title == "AWS PrivateLink")
        #expect(note.summary == "Private access")
        #expect(note.asOf == "2026-11-27")
        #expect(note.topic == "test")
        #expect(note.sections.map(\.heading) == ["What"])
        #expect(note.warnings.isEmpty)
    }

    @Test func yamlFrontMatterWithListsAndQuotes() {
        let note = Fixtures.note("""
        ---
        title: "VPC: the basics"
        summary: 'It''s a network'
        asOf: 2026-01-02
        tags:
          - networking
        # a comment
        ---
        ## What
        Text.
        """)
        #expect(note.title == "VPC: the basics")
        #expect(note.summary == "It's a network")
        #expect(note.asOf == "2026-01-02")
        #expect(note.warnings.isEmpty)
    }

    @Test func titleFallsBackToTheFirstHeadingThenTheTopic() {
        #expect(Fixtures.note("# From Heading\n\n## What\nx").title == "From Heading")
        let untitled = NoteParser.parse("## What\nx", file: "notes/My-Topic.md")
        #expect(untitled.title == "my-topic")
        #expect(untitled.topic == "my-topic")
    }

    @Test func summaryFallsBackToTheFirstSentence() {
        let note = Fixtures.note("![pic](a.png)\n# T\n## What\nFirst sentence here. Second one.\n")
        #expect(note.summary == "First sentence here.")
    }

    @Test func theTitleHeadingIsNotASection() {
        let note = Fixtures.note("# Title\n\n## What\nA\n\n## When\nB\n")
        #expect(note.sections.map(\.heading) == ["What", "When"])
    }

    @Test func textBeforeTheFirstHeadingFormsAnUntitledSection() {
        let note = Fixtures.note("Intro line.\n# Title\n## What\nA")
        #expect(note.sections.map(\.heading) == ["", "What"])
        #expect(note.sections[0].blocks.map(\.described) == ["p(Intro line.)"])
    }

    @Test func consecutiveLinesJoinAndBlankLinesSeparate() {
        let blocks = Fixtures.blocks("## What\none\ntwo\n\nthree\n")
        #expect(blocks.map(\.described) == ["p(one two)", "p(three)"])
    }

    @Test func bulletsNestByTwoOrFourSpacesOrTabs() {
        let blocks = Fixtures.blocks("""
        ## When
        - a
          - b
            - c
        - d
            - e
        \t- f
        * g
        + h
        """)
        #expect(blocks.map(\.described) == ["b0(a)", "b1(b)", "b2(c)", "b0(d)", "b1(e)", "b1(f)", "b0(g)", "b0(h)"])
    }

    @Test func aTextLineRightAfterABulletContinuesIt() {
        let blocks = Fixtures.blocks("## Why\n- starts here\n  and goes on\n- next\n")
        #expect(blocks.map(\.described) == ["b0(starts here and goes on)", "b0(next)"])
    }

    @Test func calloutsTakeKindTitleAndLeveledItems() {
        let blocks = Fixtures.blocks("""
        ## What
        > [!info] Key Components:
        >- **Endpoints**:
        >>- Interface endpoint
        >>>- deeper
        > plain text inside
        >- **Services**:
        After the callout.
        """)
        #expect(blocks.map(\.described) == [
            "c[info](Key Components:){b0(Endpoints:),b1(Interface endpoint),b2(deeper plain text inside),b0(Services:)}",
            "p(After the callout.)",
        ])
    }

    @Test func calloutParagraphsAndFoldedHeaders() {
        let blocks = Fixtures.blocks("## Where\n> [!Warning]- Changed\n> Old rule.\n>\n> New rule.\n")
        #expect(blocks.map(\.described) == ["c[warning](Changed){p(Old rule.),p(New rule.)}"])
    }

    @Test func aPlainQuoteIsACalloutOfKindQuote() {
        let blocks = Fixtures.blocks("## What\n> quoted\n> more\n")
        #expect(blocks.map(\.described) == ["c[quote](){p(quoted more)}"])
    }

    @Test func deeperHeadingsStayInTheirSectionAsBoldLines() throws {
        let note = Fixtures.note("## What\n### Detail\ntext\n")
        #expect(note.sections.count == 1)
        let first = try #require(note.sections[0].blocks.first)
        guard case .paragraph(let inlines) = first else { Issue.record("expected a paragraph"); return }
        #expect(inlines == [.text("Detail", .bold)])
    }

    @Test func hashTagsAreText() {
        #expect(Fixtures.blocks("## What\n#networking #aws\n").map(\.described) == ["p(#networking #aws)"])
    }

    @Test func tablesBecomeRowsWithEscapedWikilinksWhole() {
        let blocks = Fixtures.blocks("""
        ## Compare
        | Option | Note |
        | --- | :-: |
        | peering | [[aws/x/vpc-peering\\|VPC peering]] |
        """)
        #expect(blocks.map(\.described) == ["p(Option | Note)", "p(peering | VPC peering)"])
        guard case .paragraph(let row) = blocks[1] else { Issue.record("expected a paragraph"); return }
        #expect(row.contains(.link(label: "VPC peering", target: .topic("vpc-peering"))))
    }

    @Test func codeBlocksKeepTheirLinesAsCode() {
        let blocks = Fixtures.blocks("## How\n```sh\n# not a heading\naws ec2 describe-vpcs\n```\nafter\n")
        #expect(blocks.map(\.described) == ["p(# not a heading)", "p(aws ec2 describe-vpcs)", "p(after)"])
        guard case .paragraph(let code) = blocks[0] else { Issue.record("expected a paragraph"); return }
        #expect(code == [.text("# not a heading", .code)])
    }

    @Test func rulesAndWindowsLineEndingsAreHandled() {
        let note = Fixtures.note("## What\r\none\r\n---\r\ntwo\r\n")
        #expect(note.sections[0].blocks.map(\.described) == ["p(one)", "p(two)"])
        #expect(note.warnings.isEmpty)
    }
}
