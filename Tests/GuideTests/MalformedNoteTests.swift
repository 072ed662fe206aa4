import Foundation
import SafeText
import TestSupport
import Testing
@testable import Guide

/// A broken note still shows: markup that does not close stays as written, and a warning
/// names the file and line.
@Suite struct MalformedNoteTests {
    @Test func unclosedBoldShowsLiterallyWithAWarning() {
        let note = Fixtures.note("## What\nok\n**never closed\n")
        #expect(note.sections[0].blocks.map(\.described) == ["p(ok **never closed)"])
        #expect(note.warnings == ["test.md:3: unclosed '**'"])
    }

    @Test func unclosedWikilinkShowsLiterallyWithAWarning() {
        let note = Fixtures.note("## Related\n[[aws/vpc-peering\\|vpc-peering\n")
        // `\|` outside a wikilink is Markdown's escape for a bar.
        #expect(note.sections[0].blocks.map(\.described) == ["p([[aws/vpc-peering|vpc-peering)"])
        #expect(note.warnings == ["test.md:2: unclosed '[['; shown as written"])
    }

    @Test func aSecondOpeningBeforeTheCloseLeavesTheFirstUnclosed() {
        let note = Fixtures.note("## Related\n[[a [[vpc]]\n")
        guard case .paragraph(let inlines) = note.sections[0].blocks[0] else { Issue.record("expected a paragraph"); return }
        #expect(inlines == [.text("[[a ", []), .link(label: "vpc", target: .topic("vpc"))])
        #expect(note.warnings.count == 1)
    }

    @Test func otherUnclosedMarkupWarnsToo() {
        let note = Fixtures.note("## What\n`code\n\n[label](https://x\n\n[[]]\n\n_open\n```\nnever closed")
        #expect(note.warnings == [
            "test.md:2: unclosed '`'", "test.md:4: unclosed '(' of a link; shown as written",
            "test.md:6: empty wikilink '[[]]'; shown as written", "test.md:8: unclosed '_'",
            "test.md:9: the code block is not closed by a '```' line",
        ])
        #expect(note.sections[0].blocks.map(\.described).prefix(4) == ["p(`code)", "p([label](https://x)", "p([[]])", "p(_open)"])
    }

    @Test func badJSONFrontMatterIsIgnoredWithAWarning() {
        let note = Fixtures.note("---\n{\"title\": \"x\",,}\n---\n# Heading\n## What\nx")
        #expect(note.title == "Heading")
        #expect(note.warnings == ["test.md:2: the front matter is not a valid JSON object; it is ignored"])
    }

    @Test func badYAMLLinesAreSkippedWithAWarning() {
        let note = Fixtures.note("---\ntitle: Fine\nthis is not yaml\n---\n## What\nx")
        #expect(note.title == "Fine")
        #expect(note.warnings == ["test.md:3: the front matter line is not 'key: value'; it is ignored"])
    }

    @Test func unclosedFrontMatterIsShownAsText() {
        let note = Fixtures.note("---\ntitle: x\n\n## What\nbody")
        #expect(note.warnings == ["test.md:1: the front matter has no closing '---' line; it is shown as text"])
        #expect(note.sections.map(\.heading) == ["", "What"])
        #expect(note.title == "test")
    }

    @Test func invalidUTF8IsDecodedWithAWarning() {
        var bytes = Array("## What\nline one\nbad ".utf8)
        bytes += [0xFF, 0xFE]
        let note = NoteParser.parse(data: Data(bytes), file: "bad.md")
        #expect(note.warnings.first == "bad.md:3: the file is not valid UTF-8; unreadable bytes show as \u{FFFD}")
        #expect(note.sections.first?.heading == "What")
    }

    @Test(arguments: 0..<40)
    func randomBytesNeverCrash(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let length = Int.random(in: 0...4000, using: &generator)
        // Half the inputs lean on markup characters, which is where parsers break.
        let alphabet = Array("*_`[]()!|\\>-#\n \t{}:\"ax".utf8)
        let bytes = (0..<length).map { _ in
            seed % 2 == 0 ? UInt8.random(in: 0...255, using: &generator) : alphabet.randomElement(using: &generator)!
        }
        let note = NoteParser.parse(data: Data(bytes), file: "random.md")
        #expect(note.warnings.allSatisfy { $0.hasPrefix("random.md:") }, "\(note.warnings)")
        let rendered = NoteText.render(note, width: 40, library: .builtIn)
        for line in rendered.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= 40, "\(line)")
        }
    }

    @Test func deepNestingIsBounded() {
        let text = "## What\n" + String(repeating: "*a _b ", count: 2000) + "\n" + String(repeating: "  ", count: 500) + "- deep"
        let note = Fixtures.note(text)
        #expect(note.sections.count == 1)
        let rendered = NoteText.render(note, width: 60, library: .builtIn)
        #expect(rendered.contains("deep"))
    }
}
