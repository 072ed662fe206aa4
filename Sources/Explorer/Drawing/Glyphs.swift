/// The characters borders and markers are drawn with: box drawing in a UTF-8 locale,
/// plain ASCII otherwise (under the C locale wide characters would come out blank).
public struct Glyphs: Sendable, Equatable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var expanded: Character
    public var collapsed: Character
    /// Yes and no marks: a feasible option, an error finding.
    public var yes: Character
    public var cross: Character
    public var ellipsis: Character
    /// The mark that more text follows below a pane's edge.
    public var more: Character
    public var separator: String
    /// True when only ASCII may be drawn: text from data is then reduced to ASCII too.
    public var asciiOnly: Bool

    public static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
                                       bottomRight: "┘", expanded: "▾", collapsed: "▸", yes: "✓", cross: "✗",
                                       ellipsis: "…", more: "↓", separator: " › ", asciiOnly: false)
    public static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
                                     bottomRight: "+", expanded: "v", collapsed: ">", yes: "y", cross: "x",
                                     ellipsis: "~", more: "v", separator: " > ", asciiOnly: true)
}
