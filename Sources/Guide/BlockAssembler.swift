import Foundation

/// Gathers classified lines into blocks: text lines into paragraphs, bullets (with their
/// continuation lines) into leveled items. Used for a section's body and, separately, for
/// the inside of a callout, where `>>- ` adds a level per extra marker.
struct BlockAssembler {
    let file: String
    private(set) var blocks: [NoteBlock] = []
    private(set) var warnings: [String] = []
    private var paragraph: [(text: String, line: Int)] = []
    private var bullet: (level: Int, segments: [(text: String, line: Int)])?
    /// The indentation of each open list level, so 2 spaces, 4 spaces and tabs all nest.
    private var indents: [Int] = []

    init(file: String) { self.file = file }

    /// Adds one line; `extraLevel` raises bullet levels (one per extra `>` in a callout).
    mutating func add(_ line: NoteLine, number: Int, extraLevel: Int = 0) {
        switch line {
        case .blank:
            closeOpenBlock()
        case .rule, .fence, .tableDivider:
            closeOpenBlock()
            indents = []
        case .heading(_, let text), .quote(_, let text):
            // A deep heading (`###`) stays inside its section, as a bold line of its own;
            // a quote reaching here sits inside a callout, where it is plain text.
            closeOpenBlock()
            indents = []
            append(.paragraph(parse([(text, number)]).map(Self.bolded(line))))
        case .bullet(let indent, let text):
            closeOpenBlock()
            bullet = (level(for: indent) + extraLevel, [(text, number)])
        case .tableRow(let cells):
            closeOpenBlock()
            indents = []
            var row: [Inline] = []
            for (i, cell) in cells.enumerated() {
                if i > 0 { row.append(.text(" | ", [])) }
                row += parse([(cell, number)])
            }
            append(.paragraph(row))
        case .text(let text):
            if bullet != nil {
                bullet?.segments.append((text, number)) // a lazy continuation of the item
            } else {
                if paragraph.isEmpty { indents = [] }
                paragraph.append((text, number))
            }
        }
    }

    /// One line of a code block, kept as written in code style.
    mutating func addCode(_ text: String) {
        closeOpenBlock()
        append(.paragraph(text.isEmpty ? [] : [.text(text, .code)]))
    }

    /// Adds a block built elsewhere (a finished callout) after whatever is open.
    mutating func addBlock(_ block: NoteBlock) {
        closeOpenBlock()
        indents = []
        append(block)
    }

    /// Ends the paragraph or item in progress, so the next line starts a new block.
    mutating func closeOpenBlock() {
        if !paragraph.isEmpty {
            append(.paragraph(parse(paragraph)))
            paragraph = []
        }
        if let open = bullet {
            blocks.append(.bullet(level: open.level, parse(open.segments)))
            bullet = nil
        }
    }

    /// The blocks gathered so far, with any open block closed.
    mutating func finish() -> [NoteBlock] {
        closeOpenBlock()
        return blocks
    }

    private mutating func append(_ block: NoteBlock) {
        if case .paragraph(let inlines) = block, inlines.isEmpty { return }
        blocks.append(block)
    }

    private mutating func parse(_ segments: [(text: String, line: Int)]) -> [Inline] {
        let (inlines, found) = InlineParser.parse(segments, file: file)
        warnings += found
        return inlines
    }

    /// The list level of a bullet indented `indent` columns: deeper than the open level nests
    /// one further, shallower returns to the level it lines up with.
    private mutating func level(for indent: Int) -> Int {
        while let last = indents.last, indent < last { indents.removeLast() }
        if indents.last != indent { indents.append(indent) }
        return indents.count - 1
    }

    /// Headings shown inside a section read as bold; other lines keep their emphasis.
    private static func bolded(_ line: NoteLine) -> (Inline) -> Inline {
        guard case .heading = line else { return { $0 } }
        return { inline in
            guard case .text(let text, let emphasis) = inline else { return inline }
            return .text(text, emphasis.union(.bold))
        }
    }
}
