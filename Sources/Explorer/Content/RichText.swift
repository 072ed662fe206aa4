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
        let runs = spans.map { (text: $0.text, attribute: (style: $0.style, link: $0.link)) }
        for line in LineWrap.lines(runs, width: width, indent: indent) {
            var out: [Span] = line.indented ? [Span(String(repeating: " ", count: indent))] : []
            for run in line.runs { append(&out, Span(run.text, run.attribute.style, link: run.attribute.link)) }
            lines.append(out)
        }
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
}
