import SafeText
import Topology

/// A piece of styled text that may be a link.
public struct Span: Equatable, Sendable {
    public var text: String
    public var style: Style
    /// The index of the link in its `RichText`, if this span is one.
    public var link: Int?

    public init(_ text: String, _ style: Style = .normal, link: Int? = nil) {
        self.text = text
        self.style = style
        self.link = link
    }
}

/// Where a link in a pane goes.
public enum PaneLink: Equatable, Sendable {
    /// Select the element (in the navigator, or in the current table).
    case element(String)
    /// Show another guide note in the panel.
    case topic(String)
    /// Open a guide note in the full-screen reader.
    case reader(String)
    /// A web address: shown, since a terminal program cannot open it.
    case url(String)
}

/// Lines of styled spans with numbered links: what the inspector and the guide panel
/// show. Built for a width, so wrapping happens once per draw of the visible pane.
public struct RichText: Sendable {
    public private(set) var lines: [[Span]] = []
    public private(set) var links: [PaneLink] = []
    public let width: Int

    public init(width: Int) { self.width = max(1, width) }

    /// Registers a link target and returns its index for spans.
    public mutating func link(_ target: PaneLink) -> Int {
        links.append(target)
        return links.count - 1
    }

    public mutating func blank() { lines.append([]) }

    /// Adds spans as one paragraph, wrapped at word boundaries; continuation lines start
    /// with `indent` spaces. With `maxLines`, a longer paragraph is cut and ends in `…`.
    public mutating func add(_ spans: [Span], indent: Int = 0, maxLines: Int? = nil, ellipsis: Character = "…") {
        let start = lines.count
        wrap(spans, indent: indent)
        guard let maxLines, lines.count - start > maxLines else { return }
        lines.removeLast(lines.count - start - maxLines)
        var last = lines[lines.count - 1]
        while let tail = last.last, DisplayWidth.of(last.map(\.text).joined()) + 1 > width {
            last[last.count - 1].text = String(tail.text.dropLast())
            if last[last.count - 1].text.isEmpty { last.removeLast() }
        }
        if let tail = last.last { last[last.count - 1].text = tail.text + String(ellipsis) }
        lines[lines.count - 1] = last
    }

    private mutating func wrap(_ spans: [Span], indent: Int) {
        var line: [Span] = []
        var used = 0
        func flush() {
            while let last = line.last, last.text.hasSuffix(" ") {
                line[line.count - 1].text = String(last.text.dropLast())
                if line[line.count - 1].text.isEmpty { line.removeLast() }
            }
            lines.append(line)
            line = indent > 0 ? [Span(String(repeating: " ", count: indent))] : []
            used = indent
        }
        for span in spans {
            for word in words(span.text) {
                var piece = word
                let w = DisplayWidth.of(piece)
                if used + w > width, used > indent {
                    flush()
                    if piece.first == " " { piece = String(piece.drop { $0 == " " }) }
                }
                while DisplayWidth.of(piece) > width - used, width - used > 0 {
                    let (head, tail) = cut(piece, at: width - used)
                    append(&line, Span(head, span.style, link: span.link))
                    flush()
                    piece = tail
                }
                append(&line, Span(piece, span.style, link: span.link))
                used += DisplayWidth.of(piece)
            }
        }
        lines.append(line)
    }

    /// The line on which link `index` first appears.
    public func line(ofLink index: Int) -> Int? {
        lines.firstIndex { $0.contains { $0.link == index } }
    }

    private func append(_ line: inout [Span], _ span: Span) {
        guard !span.text.isEmpty else { return }
        if let last = line.last, last.style == span.style, last.link == span.link {
            line[line.count - 1].text += span.text
        } else {
            line.append(span)
        }
    }

    /// Words with the spaces before them, so wrapping can drop a break's space.
    private func words(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text {
            if ch == " ", !current.isEmpty, current.last != " " {
                out.append(current)
                current = ""
            }
            current.append(ch)
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    private func cut(_ text: String, at columns: Int) -> (String, String) {
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            let w = DisplayWidth.of(text[index])
            if used + w > columns { break }
            used += w
            index = text.index(after: index)
        }
        return (String(text[..<index]), String(text[index...]))
    }
}
