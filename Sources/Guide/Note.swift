/// A guide note: one topic (`interface-endpoint`, `vpc-peering`…) in the seed's Obsidian
/// shape, parsed into sections of blocks so the terminal and the CLI can lay it out.
public struct Note: Sendable {
    /// The topic id: the file name without `.md`, which wikilinks resolve to.
    public var topic: String
    /// The front matter's `title`, else the first `# Heading`, else the topic id.
    public var title: String
    /// One line on what it is for, from the front matter.
    public var summary: String
    /// The date the facts were checked, from the front matter (`asOf`), if given.
    public var asOf: String?
    /// The sections in the order written (What, When, Where, Why, Related…, References, Sources).
    public var sections: [NoteSection]
    /// Problems found while parsing, each naming file and line; the note still shows.
    public var warnings: [String]

    /// A note from its parts; `NoteParser` builds these from text.
    public init(topic: String, title: String, summary: String, asOf: String?, sections: [NoteSection], warnings: [String]) {
        self.topic = topic
        self.title = title
        self.summary = summary
        self.asOf = asOf
        self.sections = sections
        self.warnings = warnings
    }
}

/// A `## Heading` and what follows it up to the next one. Text before the first heading
/// (the seed opens with an image) forms a section whose heading is empty.
public struct NoteSection: Sendable {
    /// The heading's text without the `##` and without markup.
    public var heading: String
    /// The paragraphs, bullets and callouts under the heading, in order.
    public var blocks: [NoteBlock]

    /// A section from its parts.
    public init(heading: String, blocks: [NoteBlock]) {
        self.heading = heading
        self.blocks = blocks
    }
}

/// A block of a section.
public indirect enum NoteBlock: Sendable {
    /// A paragraph (consecutive text lines joined).
    case paragraph([Inline])
    /// A bullet list item; level 0 is top level, nested items count up.
    case bullet(level: Int, [Inline])
    /// `> [!kind] Title` and its content (nested `>- ` / `>>- ` items become bullets). A plain
    /// `> quote` without `[!kind]` is a callout of kind `quote` with an empty title.
    case callout(kind: String, title: [Inline], blocks: [NoteBlock])
}

/// A run of text within a block.
public enum Inline: Sendable, Equatable {
    /// Text as written, without its markup, and how it is emphasised.
    case text(String, Emphasis)
    /// `[[path\|label]]`, `[[path|label]]`, `[[path]]` or `[text](url)`.
    case link(label: String, target: LinkTarget)
    /// `![alt](path)`: shown as its alt text.
    case image(alt: String)
}

/// How text is emphasised.
public struct Emphasis: OptionSet, Sendable, Hashable {
    /// The option bits.
    public let rawValue: UInt8
    /// Emphasis from its option bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// `**bold**` or `__bold__`.
    public static let bold = Emphasis(rawValue: 1)
    /// `*italic*` or `_italic_`.
    public static let italic = Emphasis(rawValue: 2)
    /// `` `code` ``.
    public static let code = Emphasis(rawValue: 4)
}

/// Where a link goes.
public enum LinkTarget: Sendable, Equatable, Hashable {
    /// Another note, by topic id (the last component of a wikilink's path).
    case topic(String)
    /// A web address.
    case url(String)
}
