import SafeText

/// A note laid out as plain text for `linkscope guide` and anything else that prints one:
/// title and summary, then each section under its heading, paragraphs wrapped to the width,
/// bullets indented by level, callouts as `[kind] Title` over their indented content. No
/// markup survives: emphasis shows as plain words, wikilinks as their labels, and web links
/// as `label [n]` with the addresses listed, numbered, at the end.
///
/// The text comes from files users write, so every string is sanitised on the way out.
public enum NoteText {
    /// The whole note, lines at most `width` columns (except words longer than a line).
    /// `library` decides which wikilinks resolve: one that does not is marked `(no note)`,
    /// the plain-text form of the panel's dimmed link.
    public static func render(_ note: Note, width: Int, library: GuideLibrary) -> String {
        let width = max(width, 20)
        var layout = NoteLayout(library: library)
        let title = Sanitized.line(note.title)
        var lines = [title, String(repeating: "=", count: min(title.count, width))]
        if !note.summary.isEmpty { lines += LineWrap.plain(Sanitized.line(note.summary), width: width) }
        if let asOf = note.asOf { lines.append("As of \(Sanitized.line(asOf))") }
        for section in note.sections {
            lines.append("")
            if !section.heading.isEmpty {
                let heading = Sanitized.line(section.heading)
                lines += [heading, String(repeating: "-", count: min(heading.count, width))]
            }
            lines += layout.blocks(section.blocks, width: width)
        }
        lines += layout.linkList
        return lines.joined(separator: "\n")
    }

    /// One section's blocks without its heading, followed by its own numbered `Links:`
    /// (the `text` of a section in `guide --json`).
    public static func render(section: NoteSection, width: Int, library: GuideLibrary) -> String {
        var layout = NoteLayout(library: library)
        let lines = layout.blocks(section.blocks, width: max(width, 20)) + layout.linkList
        return lines.joined(separator: "\n")
    }
}

/// The state of one layout: the web addresses met so far, numbered in order of appearance.
private struct NoteLayout {
    let library: GuideLibrary
    private var urls: [String] = []

    init(library: GuideLibrary) { self.library = library }

    /// `Links:` and the numbered addresses, after a blank line; nothing without links.
    var linkList: [String] {
        guard !urls.isEmpty else { return [] }
        return ["", "Links:"] + urls.enumerated().map { "[\($0.offset + 1)] \(Sanitized.line($0.element))" }
    }

    /// Blocks separated by blank lines, except between items of one list.
    mutating func blocks(_ blocks: [NoteBlock], width: Int) -> [String] {
        var lines: [String] = []
        var previousWasBullet = false
        for (i, block) in blocks.enumerated() {
            let isBullet: Bool
            if case .bullet = block { isBullet = true } else { isBullet = false }
            if i > 0, !(isBullet && previousWasBullet) { lines.append("") }
            lines += self.block(block, width: width)
            previousWasBullet = isBullet
        }
        return lines
    }

    private mutating func block(_ block: NoteBlock, width: Int) -> [String] {
        switch block {
        case .paragraph(let inlines):
            return LineWrap.plain(text(inlines), width: width)
        case .bullet(let level, let inlines):
            // Deep nesting from a malformed note would push text off the line; cap the indent.
            let indent = String(repeating: "  ", count: min(level, 8))
            return LineWrap.plain(text(inlines), width: width, first: indent + "- ", rest: indent + "  ")
        case .callout(let kind, let title, let content):
            var lines: [String] = []
            if kind != "quote" || !title.isEmpty {
                let header = "[\(Sanitized.line(kind))]" + (title.isEmpty ? "" : " " + text(title))
                lines += LineWrap.plain(header, width: width, rest: "  ")
            }
            let inner = blocks(content, width: width - 2)
            return lines + inner.map { $0.isEmpty ? $0 : "  " + $0 }
        }
    }

    /// The runs as a reader sees them, sanitised; words that must stay together are glued.
    private mutating func text(_ inlines: [Inline]) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let text, _):
                out += Sanitized.line(text)
            case .image(let alt):
                out += "[image: \(Sanitized.line(alt))]"
            case .link(let label, .topic(let topic)):
                out += Sanitized.line(label)
                if !library.resolves(.topic(topic)) { out += "\(LineWrap.glue)(no\(LineWrap.glue)note)" }
            case .link(let label, .url(let url)):
                out += Sanitized.line(label) + "\(LineWrap.glue)[\(number(for: url))]"
            }
        }
        return out
    }

    /// The number of `url` in the link list, adding it when new.
    private mutating func number(for url: String) -> Int {
        if let index = urls.firstIndex(of: url) { return index + 1 }
        urls.append(url)
        return urls.count
    }
}
