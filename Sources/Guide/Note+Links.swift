/// Questions asked of a parsed note: its plain text, its links, and its named sections.
/// The library, the plain-text layout and the explorer's panel all need the same answers.
extension Note {
    /// The first section whose heading starts with `prefix`, ignoring case
    /// (`"Related"` finds "Related Services/Resources").
    public func section(startingWith prefix: String) -> NoteSection? {
        sections.first { $0.heading.lowercased().hasPrefix(prefix.lowercased()) }
    }

    /// Every wikilink of the note in reading order, as label and topic id, repeats included.
    public var topicLinks: [(label: String, topic: String)] {
        sections.flatMap(\.topicLinks)
    }

    /// Every web link of the note in reading order, as label and address, repeats included.
    public var urlLinks: [(label: String, url: String)] {
        sections.flatMap(\.urlLinks)
    }
}

extension NoteSection {
    /// Every inline run of the section, callout titles and contents included, in reading order.
    public var inlines: [Inline] {
        blocks.flatMap(\.inlines)
    }

    /// The section's wikilinks in reading order, as label and topic id.
    public var topicLinks: [(label: String, topic: String)] {
        inlines.compactMap {
            guard case .link(let label, .topic(let topic)) = $0 else { return nil }
            return (label, topic)
        }
    }

    /// The section's web links in reading order, as label and address.
    public var urlLinks: [(label: String, url: String)] {
        inlines.compactMap {
            guard case .link(let label, .url(let url)) = $0 else { return nil }
            return (label, url)
        }
    }
}

extension NoteBlock {
    /// The block's inline runs; a callout's title comes before its content.
    public var inlines: [Inline] {
        switch self {
        case .paragraph(let runs), .bullet(_, let runs): return runs
        case .callout(_, let title, let blocks): return title + blocks.flatMap(\.inlines)
        }
    }
}

extension Inline {
    /// The text a reader sees: text without markup, a link's label, an image's alt text.
    public var plainText: String {
        switch self {
        case .text(let text, _): return text
        case .link(let label, _): return label
        case .image(let alt): return alt
        }
    }
}

extension Array where Element == Inline {
    /// The runs' plain text joined, as a reader sees it without markup.
    public var plainText: String {
        map(\.plainText).joined()
    }
}
