import Foundation

/// One line of a note's body, told apart by its leading markup. Classifying a line never
/// fails: whatever is not recognised is text, so any input yields a note.
enum NoteLine: Equatable {
    case blank
    /// `# Title` (level 1), `## Section` (level 2), deeper levels.
    case heading(level: Int, text: String)
    /// ```` ``` ```` or `~~~`: starts or ends a code block.
    case fence
    /// `---`, `***` or `___` on its own: a thematic break.
    case rule
    /// `- item`, `* item` or `+ item`; `indent` counts columns, a tab as four.
    case bullet(indent: Int, text: String)
    /// `> text`, `>>- item`: `depth` counts the `>` markers, `text` is what follows them
    /// (keeping any indentation beyond the one space after the last marker).
    case quote(depth: Int, text: String)
    /// `| a | b |`, cells split at unescaped bars (`[[path\|label]]` stays whole).
    case tableRow([String])
    /// `|---|:--:|`, which only shapes the table.
    case tableDivider
    case text(String)

    static func classify(_ line: String) -> NoteLine {
        let trimmed = line.trimmingSpaces
        if trimmed.isEmpty { return .blank }
        if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { return .fence }
        if let heading = heading(trimmed) { return heading }
        if trimmed.first == ">" { return quote(trimmed) }
        if isRule(trimmed) { return .rule }
        if let bullet = bullet(line) { return bullet }
        if trimmed.first == "|" {
            let cells = tableCells(trimmed)
            let isDivider = trimmed.contains("-") && trimmed.allSatisfy { "|-: ".contains($0) }
            return isDivider ? .tableDivider : .tableRow(cells)
        }
        return .text(trimmed)
    }

    /// `#` to `######` followed by a space (or nothing): `#tag` is text, as in Obsidian.
    private static func heading(_ trimmed: String) -> NoteLine? {
        let hashes = trimmed.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = trimmed.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingSpaces
        // A closing run of `#` is decoration, as in Markdown.
        if let lastNonHash = text.lastIndex(where: { $0 != "#" }), text[lastNonHash] == " " {
            text = String(text[..<lastNonHash]).trimmingSpaces
        }
        return .heading(level: hashes, text: text)
    }

    private static func quote(_ trimmed: String) -> NoteLine {
        var depth = 0
        var rest = Substring(trimmed)
        while true {
            let afterSpaces = rest.drop { $0 == " " }
            guard afterSpaces.first == ">" else { break }
            depth += 1
            rest = afterSpaces.dropFirst()
            if rest.first == " " { rest = rest.dropFirst() } // the space after a marker is part of it
        }
        return .quote(depth: depth, text: String(rest))
    }

    private static func isRule(_ trimmed: String) -> Bool {
        let marks = trimmed.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    private static func bullet(_ line: String) -> NoteLine? {
        var indent = 0
        var rest = Substring(line)
        while let c = rest.first, c == " " || c == "\t" {
            indent += c == "\t" ? 4 : 1
            rest = rest.dropFirst()
        }
        guard let marker = rest.first, "-*+".contains(marker) else { return nil }
        let after = rest.dropFirst()
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        return .bullet(indent: indent, text: after.trimmingSpaces)
    }

    /// Cells of a table row without the outer bars; `\|` does not split (Obsidian's escape
    /// for bars inside wikilinks in tables).
    private static func tableCells(_ trimmed: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var previous: Character?
        for c in trimmed {
            if c == "|", previous != "\\" {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(c)
            }
            previous = c
        }
        cells.append(cell)
        if cells.first?.trimmingSpaces.isEmpty == true { cells.removeFirst() }
        if cells.last?.trimmingSpaces.isEmpty == true { cells.removeLast() }
        return cells.map { $0.trimmingSpaces }
    }
}
