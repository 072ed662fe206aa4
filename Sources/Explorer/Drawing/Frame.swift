import SafeText
import Topology

/// A width × height grid of cells that views draw into. The terminal writes the cells
/// that changed since the last frame; `render` prints the rows as text.
public struct Frame: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    public var glyphs: Glyphs

    public init(width: Int, height: Int, glyphs: Glyphs = .unicode) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.glyphs = glyphs
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` at (x, y) in `style`, clipped to `limit` columns (default: to the
    /// frame's edge); control characters are escaped first. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = Swift.min(width, limit.map { x + $0 } ?? width)
        var column = x
        let clean = Sanitized.isClean(text) ? text : Sanitized.line(text)
        for var character in clean {
            if glyphs.asciiOnly, !character.isASCII { character = "?" }
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            if column + w > end { break }
            if column >= 0 {
                clearWide(at: column, y: y)
                cells[y * width + column] = Cell(character: character, style: style)
                if w == 2 {
                    clearWide(at: column + 1, y: y)
                    cells[y * width + column + 1] = .continuation
                }
            }
            column += w
        }
        return Swift.max(0, column - x)
    }

    /// Overwriting half of a wide character blanks its other half, so no row is left with
    /// an orphaned continuation or a character that would spill into the next cell.
    private mutating func clearWide(at x: Int, y: Int) {
        let i = y * width + x
        if cells[i].isContinuation, x > 0 { cells[i - 1] = .blank }
        if x + 1 < width, cells[i + 1].isContinuation, DisplayWidth.of(cells[i].character ?? " ") == 2 {
            cells[i + 1] = .blank
        }
    }

    /// Fills `rect` with spaces in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        let xs = Swift.max(0, rect.x)..<Swift.min(width, rect.maxX)
        guard !xs.isEmpty else { return }
        for y in Swift.max(0, rect.y)..<Swift.min(height, rect.maxY) {
            // A wide character cut by the edge loses its other half too.
            clearWide(at: xs.lowerBound, y: y)
            clearWide(at: xs.upperBound - 1, y: y)
            for x in xs {
                cells[y * width + x] = Cell(character: " ", style: style)
            }
        }
    }

    /// Draws a one-cell border around `rect` with `title` in its top edge.
    public mutating func box(_ rect: Rect, title: String = "", focused: Bool = false) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let style: Style = focused ? .focusedBorder : .border
        let g = glyphs
        let h = String(repeating: g.horizontal, count: rect.width - 2)
        put(String(g.topLeft) + h + String(g.topRight), x: rect.x, y: rect.y, style: style)
        put(String(g.bottomLeft) + h + String(g.bottomRight), x: rect.x, y: rect.maxY - 1, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            put(String(g.vertical), x: rect.x, y: y, style: style)
            put(String(g.vertical), x: rect.maxX - 1, y: y, style: style)
        }
        if !title.isEmpty, rect.width > 4 {
            put(" \(title) ", x: rect.x + 1, y: rect.y, style: focused ? .focusedBorder : .title, limit: rect.width - 2)
        }
    }

    /// The rows as plain text, trailing spaces removed: what `render` prints.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width {
                if let c = self[x, y].character { line.append(c) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The whole frame as text, one line per row.
    public var text: String { lines.joined(separator: "\n") }
}
