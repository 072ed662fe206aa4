/// A bordered pane of rich text: scrolls, and highlights the selected link when focused.
enum TextPane {
    static func draw(_ text: RichText, scroll: PaneScroll, title: String, focused: Bool, into frame: inout Frame, area: Rect) {
        frame.box(area, title: title, focused: focused)
        let inner = area.inner
        guard !inner.isEmpty else { return }
        let offset = min(scroll.offset, max(0, text.lines.count - 1))
        for (row, line) in text.lines.dropFirst(offset).prefix(inner.height).enumerated() {
            var x = inner.x + 1
            for span in line {
                var style = span.style
                if let link = span.link {
                    style = focused && link == scroll.link ? .selectedLink : .link
                }
                x += frame.put(span.text, x: x, y: inner.y + row, style: style, limit: inner.maxX - x)
            }
        }
        if text.lines.count > inner.height + offset {
            frame.put(String(frame.glyphs.more), x: inner.maxX - 1, y: inner.maxY - 1, style: .dim)
        }
    }
}
