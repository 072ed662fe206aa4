import Guide

/// Lays out guide notes as rich text: shared by the guide panel and the full-screen reader.
enum NoteRendering {
    /// Appends `blocks`, links included (topic links that resolve nowhere are shown dimmed).
    static func append(_ blocks: [NoteBlock], library: GuideLibrary, glyphs: Glyphs, indent: Int = 0,
                       into text: inout RichText) {
        for block in blocks {
            switch block {
            case .paragraph(let inlines):
                text.add([Span(String(repeating: " ", count: indent))] + spans(inlines, library, into: &text), indent: indent)
            case .bullet(let level, let inlines):
                let lead = String(repeating: " ", count: indent + level * 2) + (glyphs.asciiOnly ? "- " : "• ")
                text.add([Span(lead, .dim)] + spans(inlines, library, into: &text), indent: indent + level * 2 + 2)
            case .callout(let kind, let title, let inner):
                let head = Span(String(repeating: " ", count: indent) + "[\(kind)] ", kind == "warning" ? .warning : .heading)
                text.add([head] + spans(title, library, into: &text).map { Span($0.text, .heading, link: $0.link) },
                         indent: indent + 2)
                append(inner, library: library, glyphs: glyphs, indent: indent + 2, into: &text)
            }
        }
    }

    /// The first items of a section, each cut to a few lines: what fits in the side panel.
    static func digest(_ blocks: [NoteBlock], library: GuideLibrary, glyphs: Glyphs, items: Int = 2, lines: Int = 3,
                       into text: inout RichText) {
        let ellipsis = glyphs.ellipsis
        var shown = 0
        for block in blocks where shown < items {
            switch block {
            case .paragraph(let inlines):
                text.add(spans(inlines, library, into: &text), maxLines: lines, ellipsis: ellipsis)
            case .bullet(let level, let inlines):
                guard level == 0 else { continue }
                text.add([Span(glyphs.asciiOnly ? "- " : "• ", .dim)] + spans(inlines, library, into: &text), indent: 2,
                         maxLines: lines, ellipsis: ellipsis)
            case .callout(let kind, let title, _):
                text.add([Span("[\(kind)] ", kind == "warning" ? .warning : .heading)]
                         + spans(title, library, into: &text).map { Span($0.text, .heading, link: $0.link) },
                         indent: 2, maxLines: lines, ellipsis: ellipsis)
            }
            shown += 1
        }
        let more = blocks.filter {
            if case .bullet(let level, _) = $0 { return level == 0 }
            return true
        }.count - shown
        if more > 0 { text.add([Span("  + \(more) more (o: whole note)", .dim)]) }
    }

    static func spans(_ inlines: [Inline], _ library: GuideLibrary, into text: inout RichText) -> [Span] {
        inlines.map { inline in
            switch inline {
            case .text(let s, let emphasis):
                return Span(s, emphasis.isEmpty ? .normal : .emphasis)
            case .image(let alt):
                return Span("[image: \(alt)]", .dim)
            case .link(let label, let target):
                switch target {
                case .topic(let topic):
                    guard library.resolves(target) else { return Span(label, .dim) }
                    return Span(label, .link, link: text.link(.topic(topic)))
                case .url(let url):
                    return Span(label, .link, link: text.link(.url(url)))
                }
            }
        }
    }

    /// The whole note: title, summary, every section.
    static func full(_ note: Note, library: GuideLibrary, glyphs: Glyphs, width: Int) -> RichText {
        var text = RichText(width: width)
        text.add([Span(note.title, .title)])
        if !note.summary.isEmpty { text.add([Span(note.summary, .dim)]) }
        for section in note.sections {
            text.blank()
            text.add([Span(section.heading, .heading)])
            append(section.blocks, library: library, glyphs: glyphs, into: &text)
        }
        for warning in note.warnings {
            text.add([Span(warning, .warning)])
        }
        return text
    }
}
